using System.Text.Json;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli.Tests;

public class ScanFromSnapshotTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("trailalarm-snapscan-").FullName;

    private string WriteSnapshot(double threshold)
    {
        var account = new AccountSnapshot
        {
            Account = "123456789012",
            Regions = ["us-east-1"],
            MetricFilters =
            [
                new MetricFilter
                {
                    Region = "us-east-1",
                    LogGroupName = "trail",
                    FilterName = "TrailChanges",
                    Pattern = "{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) }",
                    Transformations = [new MetricTransformation { MetricName = "TrailChangeCount", MetricNamespace = "Security", MetricValue = "1" }],
                },
            ],
            Alarms =
            [
                new MetricAlarm
                {
                    Region = "us-east-1",
                    Name = "Trail changes",
                    MetricName = "TrailChangeCount",
                    Namespace = "Security",
                    Statistic = "Sum",
                    Period = 300,
                    Threshold = threshold,
                    ComparisonOperator = "GreaterThanOrEqualToThreshold",
                    EvaluationPeriods = 1,
                    ActionsEnabled = true,
                },
            ],
        };
        var path = Path.Combine(dir, "snapshot.json");
        SnapshotFile.Save(path, new SnapshotDocument { Accounts = [account] });
        return path;
    }

    private string WriteEvents()
    {
        var times = new[] { "10:01", "10:02", "10:21", "10:22", "10:23" };
        var path = Path.Combine(dir, "events.jsonl");
        File.WriteAllLines(path, times.Select((t, i) => $$"""{"eventName":"StopLogging","eventID":"e{{i}}","eventTime":"2024-05-01T{{t}}:00Z"}"""));
        return path;
    }

    [Fact]
    public void The_accounts_own_filter_and_alarm_threshold_decide_which_periods_alarm()
    {
        var run = CliRunner.Run("scan", WriteEvents(), "--from-snapshot", WriteSnapshot(threshold: 3), "--simulate-alarm", "--format", "ndjson");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var ruleId = "123456789012/us-east-1/trail:TrailChanges/Trail changes";
        Assert.Equal(5, lines.Count(l => l.TryGetProperty("eventID", out _) && l.GetProperty("controlId").GetString() == ruleId));
        var alarm = Assert.Single(lines, l => l.TryGetProperty("alarm", out _));
        Assert.Equal("2024-05-01T10:20:00Z", alarm.GetProperty("periodStart").GetString());
        Assert.Equal(3, alarm.GetProperty("value").GetDouble());
    }

    [Fact]
    public void A_broken_snapshot_is_a_usage_error()
    {
        var path = Path.Combine(dir, "bad.json");
        File.WriteAllText(path, "{ not json");
        var run = CliRunner.Run("scan", WriteEvents(), "--from-snapshot", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
