using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

public class ScanCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("trailalarm-scan-").FullName;

    private static string Event(string name, string time, string id, string source = "cloudtrail.amazonaws.com") =>
        $$"""{"eventVersion":"1.08","eventTime":"{{time}}","eventSource":"{{source}}","eventName":"{{name}}","eventID":"{{id}}","awsRegion":"us-east-1"}""";

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Ndjson_lists_each_matching_event_with_file_and_line_then_the_summary()
    {
        var file = Write("a.jsonl", string.Join("\n",
            Event("DescribeTrails", "2024-05-01T10:00:00Z", "e1"),
            Event("StopLogging", "2024-05-01T10:01:00Z", "e2"),
            Event("PutDeliveryChannel", "2024-05-01T10:02:00Z", "e3", "config.amazonaws.com")));
        var run = CliRunner.Run("scan", file, "--format", "ndjson");
        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.Equal(3, lines.Count);
        Assert.Equal("cloudtrail-changes-monitored", lines[0].GetProperty("controlId").GetString());
        Assert.Equal("e2", lines[0].GetProperty("eventID").GetString());
        Assert.Equal("StopLogging", lines[0].GetProperty("eventName").GetString());
        Assert.Equal("2024-05-01T10:01:00Z", lines[0].GetProperty("eventTime").GetString());
        Assert.Equal($"{file}:2", lines[0].GetProperty("source").GetString());
        Assert.Equal("config-changes-monitored", lines[1].GetProperty("controlId").GetString());
        var summary = lines[2].GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("events").GetInt64());
        Assert.Equal(2, summary.GetProperty("matched").GetInt64());
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Simulate_alarm_adds_one_line_per_breaching_period()
    {
        var file = Write("b.jsonl", string.Join("\n",
            Event("StopLogging", "2024-05-01T10:01:00Z", "e1"),
            Event("DeleteTrail", "2024-05-01T10:04:59Z", "e2"),
            Event("CreateTrail", "2024-05-01T12:00:00Z", "e3")));
        var run = CliRunner.Run("scan", file, "--controls", "cloudtrail-changes-monitored", "--simulate-alarm", "--format", "ndjson");
        Assert.Equal(0, run.ExitCode);
        var alarms = Lines(run.Stdout).Where(l => l.TryGetProperty("alarm", out _)).ToList();
        Assert.Equal(2, alarms.Count);
        Assert.Equal("2024-05-01T10:00:00Z", alarms[0].GetProperty("periodStart").GetString());
        Assert.Equal("2024-05-01T10:05:00Z", alarms[0].GetProperty("periodEnd").GetString());
        Assert.Equal(2, alarms[0].GetProperty("value").GetDouble());
        Assert.Equal("ALARM", alarms[1].GetProperty("alarm").GetString());
    }

    [Fact]
    public void Since_and_until_keep_only_events_inside_the_window()
    {
        var file = Write("c.jsonl", string.Join("\n",
            Event("StopLogging", "2024-05-01T09:59:59Z", "before"),
            Event("StopLogging", "2024-05-01T10:00:00Z", "inside"),
            Event("StopLogging", "2024-05-01T11:00:00Z", "at-until")));
        var run = CliRunner.Run("scan", file, "--since", "2024-05-01T10:00:00Z", "--until", "2024-05-01T11:00:00Z", "--format", "ndjson");
        var lines = Lines(run.Stdout);
        Assert.Equal(["inside"], lines.Where(l => l.TryGetProperty("eventID", out _)).Select(l => l.GetProperty("eventID").GetString()));
        Assert.Equal(2, lines[^1].GetProperty("summary").GetProperty("skipped").GetInt64());
    }

    [Fact]
    public void A_folder_scans_in_path_order_and_the_output_is_the_same_every_time()
    {
        for (var f = 0; f < 12; f++)
        {
            var records = string.Join(",", Enumerable.Range(0, 50).Select(i => Event(i % 10 == 0 ? "StopLogging" : "GetObject", "2024-05-01T10:00:00Z", $"f{f}-{i}")));
            var bytes = Encoding.UTF8.GetBytes("{\"Records\":[" + records + "]}");
            using var gz = new GZipStream(File.Create(Path.Combine(dir, $"log-{f:D2}.json.gz")), CompressionLevel.Fastest);
            gz.Write(bytes);
        }

        var first = CliRunner.Run("scan", dir, "--format", "ndjson");
        var second = CliRunner.Run("scan", dir, "--format", "ndjson");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        var ids = Lines(first.Stdout).Where(l => l.TryGetProperty("eventID", out _)).Select(l => l.GetProperty("eventID").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 12).SelectMany(f => Enumerable.Range(0, 5).Select(i => $"f{f}-{i * 10}")), ids);
    }

    [Fact]
    public void Unreadable_input_is_listed_in_the_summary_the_rest_is_scanned_and_the_exit_code_is_3()
    {
        Write("1-good.jsonl", Event("StopLogging", "2024-05-01T10:00:00Z", "good"));
        Write("2-bad.json", "{\"Records\":[" + Event("DeleteTrail", "2024-05-01T10:00:00Z", "before-damage") + ",{\"eventName\": }]}");
        Write("3-good.jsonl", Event("CreateTrail", "2024-05-01T10:00:00Z", "after"));
        var run = CliRunner.Run("scan", dir, "--format", "ndjson");
        Assert.Equal(3, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.Equal(["good", "before-damage", "after"], lines.Where(l => l.TryGetProperty("eventID", out _)).Select(l => l.GetProperty("eventID").GetString()));
        var error = Assert.Single(lines[^1].GetProperty("summary").GetProperty("errors").EnumerateArray());
        Assert.EndsWith("2-bad.json", error.GetProperty("source").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt64());
    }

    [Fact]
    public void A_missing_path_is_a_one_line_usage_error()
    {
        var run = CliRunner.Run("scan", Path.Combine(dir, "nope.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no such file or folder", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_malformed_pattern_is_a_usage_error_naming_the_column()
    {
        var file = Write("d.jsonl", Event("StopLogging", "2024-05-01T10:00:00Z", "x"));
        var run = CliRunner.Run("scan", file, "--pattern", "{ $.eventName = ");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--pattern is not a valid filter pattern at column", run.Stderr);
    }

    [Fact]
    public void A_pattern_scan_reports_under_the_id_pattern_with_its_metric_value()
    {
        var file = Write("e.jsonl", "{\"eventName\":\"PutObject\",\"bytes\":42,\"eventTime\":\"2024-05-01T10:00:00Z\"}\n{\"eventName\":\"GetObject\",\"bytes\":7}");
        var run = CliRunner.Run("scan", file, "--pattern", "{ $.eventName = PutObject }", "--metric-value", "$.bytes", "--format", "ndjson");
        Assert.Equal(0, run.ExitCode);
        var match = Lines(run.Stdout)[0];
        Assert.Equal("pattern", match.GetProperty("controlId").GetString());
        Assert.Equal(42, match.GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("--controls", "no-such-control")]
    [InlineData("--since", "yesterday-ish")]
    [InlineData("--period", "45")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        var file = Write("f.jsonl", Event("StopLogging", "2024-05-01T10:00:00Z", "x"));
        var run = CliRunner.Run("scan", file, option, value, "--simulate-alarm");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Json_format_is_one_document_with_matches_alarms_and_summary()
    {
        var run = CliRunner.Run("scan", Path.Combine(SharedFolder.Corpus, "panther.jsonl"), "--simulate-alarm", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("trailalarm.scan/v1", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal(doc.RootElement.GetProperty("summary").GetProperty("matched").GetInt64(), doc.RootElement.GetProperty("matches").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("alarms").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("s3://")]
    [InlineData("cwlogs:")]
    public void Malformed_remote_sources_are_usage_errors(string source)
    {
        var run = CliRunner.Run("scan", source);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Unreachable_aws_for_a_remote_source_exits_3_with_one_line()
    {
        var run = CliRunner.Run("scan", "s3://bucket/prefix", "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1", "--profile", "trailalarm-no-such-profile");
        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
