namespace TrailAlarm.Cli;

/// <summary>Reads --notify: stdout, webhook:URL (http or https) or sns:ARN.</summary>
internal static class WatchNotifierFactory
{
    public static IWatchNotifier Create(string notify, CliConsole console, HttpClient http, TrailAlarm.Aws.AwsSession? aws)
    {
        if (notify == "stdout")
        {
            return new WatchStdoutNotifier(console.Out);
        }

        if (notify.StartsWith("webhook:", StringComparison.Ordinal))
        {
            var url = notify["webhook:".Length..];
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"--notify webhook:URL needs an http(s) URL, got '{WatchUrlRedaction.Redact(url)}'");
            }

            var webhook = new WatchWebhookNotifier(uri, http);
            if (uri.Scheme == "http" && !uri.IsLoopback)
            {
                console.Error($"watch: warning: webhook {webhook.Shown} is plain http to a host that is not this machine; notifications (and any credentials in the URL) travel unencrypted");
            }

            return webhook;
        }

        if (notify.StartsWith("sns:", StringComparison.Ordinal))
        {
            var arn = CheckedTopicArn(notify);
            return new WatchSnsNotifier(aws ?? throw new InvalidOperationException("sns notifications need an AWS session"), arn);
        }

        throw new UsageException($"--notify '{WatchUrlRedaction.Redact(notify)}' is not one of: stdout, webhook:URL, sns:ARN");
    }

    /// <summary>The topic ARN of an sns: target, or a usage error.</summary>
    public static string CheckedTopicArn(string notify)
    {
        var arn = notify["sns:".Length..];
        return arn.StartsWith("arn:", StringComparison.Ordinal) && arn.Split(':') is { Length: 6 } parts && parts[2] == "sns"
            ? arn
            : throw new UsageException($"--notify sns:ARN needs a topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME), got '{arn}'");
    }
}
