using System.Collections.Concurrent;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Catalogue;
using TrailAlarm.Remediation;
using TrailAlarm.Scanning;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// The published 'scan' policy covers every call the remote log sources make: the calls are watched at the protocol
/// layer against moto_server, so a call added to the S3 or CloudWatch Logs source without its permission fails here.
/// </summary>
[Collection(MotoCollection.Name)]
public class ScanPermissionsTests(MotoServer moto)
{
    [Fact]
    public async Task Scan_policy_covers_every_call_of_the_s3_and_cloudwatch_logs_sources()
    {
        var account = MotoServer.NewAccountId();
        var t = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds();
        using (var seeding = await AwsSession.CreateAsync(MotoAws.Settings(moto.Endpoint, account)))
        {
            await seeding.S3().CreateBucketAsync("trail-logs");
            await seeding.S3().PutObjectAsync("trail-logs", $"AWSLogs/{account}/CloudTrail/us-east-1/2026/11/20/{account}_CloudTrail_us-east-1_20261120T1005Z_a.json.gz", LogBytes.Gzip(LogBytes.Utf8("{\"Records\":[" + LogBytes.Event(1, "StopLogging") + "]}")));
            var logs = seeding.Logs();
            await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail" });
            await logs.CreateLogStreamAsync(new CreateLogStreamRequest("trail", "s1"));
            await logs.PutLogEventsAsync(new PutLogEventsRequest { LogGroupName = "trail", LogStreamName = "s1", LogEvents = [new InputLogEvent(t, LogBytes.Event(2, "DeleteTrail"))] });
        }

        var calls = new ConcurrentDictionary<string, byte>();
        var settings = MotoAws.Settings(moto.Endpoint, account) with { OnCall = (service, operation) => calls.TryAdd(Permissions.IamAction(service, operation), 0) };
        using var watched = await AwsSession.CreateAsync(settings);
        var runner = new ScanRunner(ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), ScanWindow.All, 2);
        var matches = 0;
        var s3Summary = await runner.RunAsync(S3LogSource.Units(watched.S3(), "trail-logs", "AWSLogs/", ScanWindow.All, strict: false), r => matches += r.Matches.Count);
        var logsSummary = await runner.RunAsync(ToAsync(new CloudWatchLogsUnit(watched.Logs(), "trail", ScanWindow.All)), r => matches += r.Matches.Count);

        Assert.Empty(s3Summary.Errors);
        Assert.Empty(logsSummary.Errors);
        Assert.Equal(2, matches);
        Assert.Contains("s3:ListBucket", calls.Keys);
        Assert.Contains("logs:FilterLogEvents", calls.Keys);
        var scanActions = Permissions.Actions(Permissions.Scan);
        var missing = calls.Keys.Where(c => !scanActions.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"the 'scan' policy lacks: {string.Join(", ", missing)}");
    }

    private static async IAsyncEnumerable<ILogUnit> ToAsync(ILogUnit unit)
    {
        await Task.Yield();
        yield return unit;
    }
}
