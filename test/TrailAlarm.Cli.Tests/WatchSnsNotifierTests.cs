using TrailAlarm.Aws;
using TrailAlarm.Aws.Sns;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

[Collection(MotoCollection.Name)]
public class WatchSnsNotifierTests(MotoServer moto)
{
    private Task<AwsSession> SessionAsync() => AwsSession.CreateAsync(new AwsSettings
    {
        EndpointUrl = moto.Endpoint,
        Region = "us-east-1",
        Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ExtraHeaders = new Dictionary<string, string> { ["x-moto-account-id"] = MotoServer.NewAccountId() },
        MaxAttempts = 2,
    });

    private static readonly WatchNotification Sample = new("cloudtrail-changes-monitored", "ALARM", "2024-05-01T10:00:00Z", "2024-05-01T10:05:00Z", 1, [new WatchNotifiedEvent("e1", "StopLogging", "2024-05-01T10:01:00Z", "f.jsonl:1")]);

    [Fact]
    public async Task An_alarm_period_is_published_to_the_topic()
    {
        using var session = await SessionAsync();
        var topic = await session.Sns().CreateTopicAsync(new CreateTopicRequest { Name = "trail-alarms" });
        await new WatchSnsNotifier(session, topic.TopicArn!).SendAsync(Sample, CancellationToken.None);
    }

    [Fact]
    public async Task Publishing_to_a_missing_topic_fails_so_the_period_is_retried()
    {
        using var session = await SessionAsync();
        var notifier = new WatchSnsNotifier(session, "arn:aws:sns:us-east-1:123456789012:no-such-topic");
        await Assert.ThrowsAsync<AwsApiException>(() => notifier.SendAsync(Sample, CancellationToken.None));
    }
}
