using System.Text.Json;

namespace TrailAlarm.Cli;

/// <summary>--notify stdout: one compact JSON line per ALARM period.</summary>
internal sealed class WatchStdoutNotifier(TextWriter output) : IWatchNotifier
{
    public Task SendAsync(WatchNotification notification, CancellationToken cancellationToken)
    {
        output.WriteLine(JsonSerializer.Serialize(notification, WatchNotificationJsonContext.Default.WatchNotification));
        output.Flush();
        return Task.CompletedTask;
    }
}

/// <summary>--notify sns:ARN: publishes the notification JSON to the topic (in the topic's own region).</summary>
internal sealed class WatchSnsNotifier(TrailAlarm.Aws.AwsSession session, string topicArn) : IWatchNotifier
{
    public async Task SendAsync(WatchNotification notification, CancellationToken cancellationToken)
    {
        var region = topicArn.Split(':') is { Length: >= 6 } parts ? parts[3] : null;
        var subject = $"TrailAlarm: {notification.ControlId} ALARM {notification.PeriodStart}";
        await session.Sns(region).PublishAsync(
            new TrailAlarm.Aws.Sns.PublishRequest
            {
                TopicArn = topicArn,
                Subject = subject.Length <= 100 ? subject : subject[..100],
                Message = JsonSerializer.Serialize(notification, WatchNotificationJsonContext.Default.WatchNotification),
            },
            cancellationToken).ConfigureAwait(false);
    }
}
