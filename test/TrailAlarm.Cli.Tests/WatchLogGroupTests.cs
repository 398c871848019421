using System.Text.Json;
using TrailAlarm.Aws;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

[Collection(MotoCollection.Name)]
public class WatchLogGroupTests(MotoServer moto) : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("trailalarm-watchlogs-").FullName;

    private static string Event(string id, DateTimeOffset time) =>
        $$"""{"eventTime":"{{time.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","eventID":"{{id}}"}""";

    [Fact]
    public async Task A_log_group_is_polled_and_each_alarm_period_notified_once()
    {
        using var session = await AwsSession.CreateAsync(new AwsSettings
        {
            EndpointUrl = moto.Endpoint,
            Region = "us-east-1",
            Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            ExtraHeaders = new Dictionary<string, string> { ["x-moto-account-id"] = MotoServer.NewAccountId() },
            MaxAttempts = 2,
        });
        var logs = session.Logs();
        await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail" });
        await logs.CreateLogStreamAsync(new CreateLogStreamRequest("trail", "s"));
        // Log events must be recent (CloudWatch Logs refuses ones older than 14 days): stamp them from now.
        var now = DateTimeOffset.UtcNow;
        var first = now.AddMinutes(-12);
        async Task PutAsync(string id, DateTimeOffset at) =>
            await logs.PutLogEventsAsync(new PutLogEventsRequest { LogGroupName = "trail", LogStreamName = "s", LogEvents = [new InputLogEvent(at.ToUnixTimeMilliseconds(), Event(id, at))] });

        await PutAsync("a", first);
        using var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter());
        var loop = new WatchLoop("trail", Path.Combine(dir, "cursor.json"), ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), AlarmSettings.Cis, new WatchStdoutNotifier(output), console) { Logs = logs };

        await loop.PollAsync(CancellationToken.None);
        await loop.PollAsync(CancellationToken.None);
        var sent = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var only = JsonDocument.Parse(Assert.Single(sent)).RootElement;
        Assert.Equal("a", only.GetProperty("events")[0].GetProperty("eventId").GetString());

        await PutAsync("b", first.AddMinutes(6));
        await loop.PollAsync(CancellationToken.None);
        sent = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, sent.Length);
        Assert.Equal("b", JsonDocument.Parse(sent[1]).RootElement.GetProperty("events")[0].GetProperty("eventId").GetString());
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
