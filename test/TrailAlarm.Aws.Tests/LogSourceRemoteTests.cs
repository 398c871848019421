using System.Text;
using System.Text.Json;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Aws.Tests.Faults;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>S3 and CloudWatch Logs sources against moto_server; LookupEvents (not in moto) against recorded pages.</summary>
[Collection(MotoCollection.Name)]
public class LogSourceRemoteTests(MotoServer moto)
{
    private static readonly ScanRunner Runner = new(ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), ScanWindow.All, 2);

    private static string Key(string account, string stamp, int n) =>
        $"AWSLogs/{account}/CloudTrail/us-east-1/2024/05/01/{account}_CloudTrail_us-east-1_{stamp}_abc{n}.json.gz";

    private static async Task<(ScanSummary Summary, List<UnitResult> Results)> ScanAsync(IAsyncEnumerable<ILogUnit> units, ScanRunner? runner = null)
    {
        var results = new List<UnitResult>();
        var summary = await (runner ?? Runner).RunAsync(units, results.Add);
        return (summary, results);
    }

    [Fact]
    public async Task S3_prefix_is_scanned_in_key_order_and_skips_digests_and_objects_delivered_before_since()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var s3 = session.S3();
        await s3.CreateBucketAsync("trail-logs");
        var records = (string id, string name, string time) => LogBytes.Gzip(LogBytes.Utf8(
            $$"""{"Records":[{"eventTime":"{{time}}","eventSource":"cloudtrail.amazonaws.com","eventName":"{{name}}","eventID":"{{id}}"}]}"""));
        await s3.PutObjectAsync("trail-logs", Key(account, "20240501T0905Z", 1), records("old", "StopLogging", "2024-05-01T09:01:00Z"));
        await s3.PutObjectAsync("trail-logs", Key(account, "20240501T1005Z", 2), records("new", "DeleteTrail", "2024-05-01T10:01:00Z"));
        await s3.PutObjectAsync("trail-logs", Key(account, "20240501T1010Z", 3), records("newer", "CreateTrail", "2024-05-01T10:06:00Z"));
        await s3.PutObjectAsync("trail-logs", "AWSLogs/readme.txt", Encoding.UTF8.GetBytes("not a log"));
        await s3.PutObjectAsync("trail-logs", $"AWSLogs/{account}/CloudTrail-Digest/us-east-1/2024/05/01/{account}_CloudTrail-Digest_us-east-1_t_us-east-1_20240501T110000Z.json.gz",
            LogBytes.Gzip(LogBytes.Utf8($$"""{"awsAccountId":"{{account}}","digestStartTime":"2024-05-01T10:00:00Z","logFiles":[]}""")));

        var window = new ScanWindow(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), null);
        var runner = new ScanRunner(ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), window, 2);
        var (summary, results) = await ScanAsync(S3LogSource.Units(s3, "trail-logs", "AWSLogs/", window, strict: false), runner);

        Assert.Equal(2, summary.Files);
        Assert.Empty(summary.Errors);
        Assert.Equal(["new", "newer"], results.SelectMany(r => r.Matches).Select(m => m.EventId));
        Assert.Equal($"s3://trail-logs/{Key(account, "20240501T1005Z", 2)}", results[0].Source);
    }

    [Fact]
    public async Task A_missing_bucket_is_a_read_error_in_the_summary_not_a_crash()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var (summary, _) = await ScanAsync(S3LogSource.Units(session.S3(), "no-such-bucket", "", ScanWindow.All, strict: false));
        var error = Assert.Single(summary.Errors);
        Assert.Equal("s3://no-such-bucket/", error.Source);
        Assert.Contains("could not be listed", error.Message);
    }

    [Fact]
    public async Task A_log_group_is_read_through_filter_log_events_and_bad_messages_are_reported()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var logs = session.Logs();
        await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail" });
        await logs.CreateLogStreamAsync(new CreateLogStreamRequest("trail", "s1"));
        // CloudWatch Logs refuses events older than 14 days, so the events are stamped just now.
        var t = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds();
        await logs.PutLogEventsAsync(new PutLogEventsRequest
        {
            LogGroupName = "trail",
            LogStreamName = "s1",
            LogEvents =
            [
                new InputLogEvent(t, LogBytes.Event(1, "StopLogging")),
                new InputLogEvent(t + 1000, "not json at all"),
                new InputLogEvent(t + 2000, LogBytes.Event(3, "GetObject")),
            ],
        });

        var (summary, results) = await ScanAsync(Enumerate(new CloudWatchLogsUnit(logs, "trail", ScanWindow.All)));

        Assert.Equal(2, summary.Events);
        Assert.Equal(["id-1"], results.SelectMany(r => r.Matches).Select(m => m.EventId));
        Assert.Equal("cwlogs:trail", Assert.Single(summary.Errors).Source);
        Assert.Equal(2, summary.Errors[0].Line);
    }

    [Fact]
    public async Task Lookup_events_pages_are_followed_and_each_cloudtrail_event_is_a_record()
    {
        var corpus = File.ReadAllLines(Path.Combine(SharedFolder.Corpus, "panther.jsonl"));
        string Page(IEnumerable<string> events, string? next) =>
            JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["Events"] = events.Select(e => new Dictionary<string, object> { ["EventId"] = "x", ["EventTime"] = 1714557600.0, ["CloudTrailEvent"] = e }).ToList(),
                ["NextToken"] = next,
            });
        using var server = new CannedServer(request =>
        {
            var body = Encoding.UTF8.GetString(request.Body);
            var json = body.Contains("\"page-2\"", StringComparison.Ordinal) ? Page([corpus[2], "{\"broken\": "], null) : Page([corpus[0], corpus[4]], "page-2");
            return HttpWire.Response(200, "application/x-amz-json-1.1", json);
        });
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var (summary, results) = await ScanAsync(Enumerate(new LookupEventsUnit(session.CloudTrail(), "us-east-1", ScanWindow.All)));

        Assert.Equal(2, server.Seen.Count);
        Assert.Equal(3, summary.Events);
        Assert.Equal(["StopLogging", "StopLogging"], results.SelectMany(r => r.Matches).Select(m => m.EventName));
        Assert.Equal([1L, 3], results.SelectMany(r => r.Matches).Select(m => m.Line));
        Assert.Equal(4, Assert.Single(summary.Errors).Line);
    }

    private static async IAsyncEnumerable<ILogUnit> Enumerate(ILogUnit unit)
    {
        yield return unit;
        await Task.CompletedTask;
    }
}
