using Xunit;

namespace TrailAlarm.Cli.Tests;

public sealed class PatternStandardInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("-")]
    public void Test_reads_events_from_standard_input_when_no_file_or_dash_is_given(string? events)
    {
        string[] args = events is null
            ? ["pattern", "test", "{ $.eventName = DeleteTrail }", "--format", "json"]
            : ["pattern", "test", "{ $.eventName = DeleteTrail }", events, "--format", "json"];
        var run = CliRunner.RunProcessWithInput("{\"eventName\":\"DeleteTrail\"}\n{\"eventName\":\"GetTrail\"}\n", args);
        Assert.Equal(0, run.ExitCode);
        var results = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([true, false], results.Select(r => r.GetProperty("matches").GetBoolean()));
    }
}
