using Xunit;

namespace TrailAlarm.Cli.Tests;

public sealed class PatternCountTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Count_prints_the_number_of_matching_events()
    {
        File.WriteAllLines(_file, ["""{"eventName":"StopLogging"}""", """{"eventName":"GetTrail"}""", "", """{"eventName":"DeleteTrail"}"""]);
        var run = CliRunner.Run("pattern", "test", "{ $.eventName = StopLogging || $.eventName = DeleteTrail }", _file, "--count");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2", run.Stdout.Trim());
    }

    [Fact]
    public void Count_as_json_reports_events_and_matches()
    {
        File.WriteAllLines(_file, ["""{"eventName":"StopLogging"}""", """{"eventName":"GetTrail"}"""]);
        var run = CliRunner.Run("pattern", "test", "{ $.eventName = StopLogging }", _file, "--count", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("events").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("matches").GetInt64());
    }

    [Fact]
    public void Count_of_a_missing_file_exits_2()
    {
        var run = CliRunner.Run("pattern", "test", "ERROR", _file + ".absent", "--count");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".absent", run.Stderr, StringComparison.Ordinal);
    }
}
