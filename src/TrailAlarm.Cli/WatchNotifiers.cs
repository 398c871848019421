using System.Net.Http.Headers;
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

/// <summary>--notify webhook:URL: POSTs the notification as JSON; any status other than 2xx is a failed delivery.</summary>
internal sealed class WatchWebhookNotifier(Uri url, HttpClient http) : IWatchNotifier
{
    public async Task SendAsync(WatchNotification notification, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(notification, WatchNotificationJsonContext.Default.WatchNotification));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"webhook {url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
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
