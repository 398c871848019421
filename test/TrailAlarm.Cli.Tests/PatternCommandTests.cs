using System.Text.Json;
using Xunit;

namespace TrailAlarm.Cli.Tests;

public sealed class PatternCommandTests : IDisposable
{
    private const string Cis45 = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }";
    private readonly string _dir = Directory.CreateTempSubdirectory("trailalarm-pattern-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string EventsFile(params string[] lines)
    {
        var path = Path.Combine(_dir, "events.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Test_reports_each_line_with_its_match_and_metric_value_as_json()
    {
        var file = EventsFile(
            """{"eventName":"StopLogging","eventSource":"cloudtrail.amazonaws.com"}""",
            "",
            """{"eventName":"DescribeTrails","eventSource":"cloudtrail.amazonaws.com"}""",
            "plain text StopLogging line");
        var run = CliRunner.Run("pattern", "test", Cis45, file, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(Cis45, doc.RootElement.GetProperty("pattern").GetString());
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([1, 3, 4], results.Select(r => r.GetProperty("event").GetInt32()));
        Assert.Equal([true, false, false], results.Select(r => r.GetProperty("matches").GetBoolean()));
        Assert.Equal(1, results[0].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("value").ValueKind);
    }

    [Fact]
    public void Test_publishes_the_referenced_json_field_as_the_metric_value()
    {
        var file = EventsFile("""{"latency":42.5}""", """{"latency":"n/a"}""", """{"other":1}""");
        var run = CliRunner.Run("pattern", "test", "{ $.latency = * }", file, "--metric-value", "$.latency", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var results = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(42.5, results[0].GetProperty("value").GetDouble());
        Assert.True(results[1].GetProperty("matches").GetBoolean());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("value").ValueKind);
        Assert.False(results[2].GetProperty("matches").GetBoolean());
    }

    [Fact]
    public void Test_publishes_a_named_delimited_field_as_the_metric_value()
    {
        var file = EventsFile("127.0.0.1 - - [24/Sep/2013:11:49:52 -0700] \"GET /index.html HTTP/1.1\" 404 287");
        var run = CliRunner.Run("pattern", "test", "[ip, id, user, timestamp, request, status_code=4*, size]", file, "--metric-value", "$size", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("results")[0];
        Assert.Equal(287, result.GetProperty("value").GetDouble());
    }

    [Fact]
    public void Test_table_output_counts_the_matching_events()
    {
        var file = EventsFile("""{"eventName":"CreateTrail"}""", """{"eventName":"GetTrail"}""");
        var run = CliRunner.Run("pattern", "test", Cis45, file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 of 2 events match.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_with_a_missing_events_file_exits_2_with_one_line()
    {
        var run = CliRunner.Run("pattern", "test", Cis45, Path.Combine(_dir, "absent.jsonl"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.jsonl", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Test_rejects_a_json_metric_value_for_a_term_pattern()
    {
        var run = CliRunner.Run("pattern", "test", "ERROR", EventsFile("ERROR"), "--metric-value", "$.x");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs a JSON pattern", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_pattern_shows_carets_under_the_span_and_a_hint()
    {
        var run = CliRunner.Run("pattern", "explain", "{ $.email = john@example.com }");
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Split('\n');
        var patternLine = lines.Single(l => l.Contains("john@example.com", StringComparison.Ordinal) && !l.Contains("trailalarm:", StringComparison.Ordinal));
        var caretLine = lines[Array.IndexOf(lines, patternLine) + 1];
        Assert.Equal('@', patternLine[caretLine.IndexOf('^', StringComparison.Ordinal)]);
        Assert.Contains("hint:", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Invalid_pattern_in_json_format_exits_2_with_one_line_on_stderr()
    {
        var run = CliRunner.Run("pattern", "test", "{ $.eventName = \"ConsoleLogin\"", EventsFile("x"), "--format", "json");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("If a filter pattern starts with '{' it must end with '}'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Check_of_the_reference_pattern_covers_and_exits_0()
    {
        var run = CliRunner.Run("pattern", "check", Cis45, "--control", "cloudtrail-changes-monitored", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("cloudtrail-changes-monitored", doc.RootElement.GetProperty("control").GetString());
        Assert.True(doc.RootElement.GetProperty("covers").GetBoolean());
        Assert.Empty(doc.RootElement.GetProperty("missed").EnumerateArray());
        Assert.False(doc.RootElement.GetProperty("wider").GetBoolean());
    }

    [Fact]
    public void Check_of_a_pattern_joined_by_and_lists_every_miss_with_why_and_exits_1()
    {
        var allAnd = Cis45.Replace("||", "&&", StringComparison.Ordinal);
        var run = CliRunner.Run("pattern", "check", allAnd, "--control", "cloudtrail-changes-monitored", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.False(doc.RootElement.GetProperty("covers").GetBoolean());
        var missed = doc.RootElement.GetProperty("missed").EnumerateArray().ToList();
        Assert.Equal(5, missed.Count);
        Assert.All(missed, m => Assert.Contains("&& clause", m.GetProperty("why").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_of_an_unknown_control_exits_2()
    {
        var run = CliRunner.Run("pattern", "check", Cis45, "--control", "no-such-control");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown control 'no-such-control'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_control_without_a_pattern_exits_2()
    {
        var run = CliRunner.Run("pattern", "check", Cis45, "--control", "config-records-cloudtrail");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not judged by a filter pattern", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_kind_canonical_form_and_outline_as_json()
    {
        var run = CliRunner.Run("pattern", "explain", "{($.eventName=CreateTrail)||($.eventName=DeleteTrail)}", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("json", doc.RootElement.GetProperty("kind").GetString());
        Assert.Equal("{ $.eventName = \"CreateTrail\" || $.eventName = \"DeleteTrail\" }", doc.RootElement.GetProperty("canonical").GetString());
        Assert.Equal("any-of", doc.RootElement.GetProperty("outline").GetProperty("kind").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("outline").GetProperty("children").GetArrayLength());
        Assert.Equal(["CreateTrail", "DeleteTrail"], doc.RootElement.GetProperty("prefilterLiterals").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Json_output_writes_quotes_in_patterns_as_quotes()
    {
        var run = CliRunner.Run("pattern", "explain", "{ $.eventName = \"CreateTrail\" }", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"canonical\": \"{ $.eventName = \\\"CreateTrail\\\" }\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_says_that_optional_terms_are_ignored_next_to_plain_terms()
    {
        var run = CliRunner.Run("pattern", "explain", "?ERROR ?WARN REQUEST");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("IGNORED", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var run = CliRunner.Run("pattern", "explain", "ERROR", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
    }
}
