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
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? new WatchWebhookNotifier(uri, http)
                : throw new UsageException($"--notify webhook:URL needs an http(s) URL, got '{url}'");
        }

        if (notify.StartsWith("sns:", StringComparison.Ordinal))
        {
            var arn = CheckedTopicArn(notify);
            return new WatchSnsNotifier(aws ?? throw new InvalidOperationException("sns notifications need an AWS session"), arn);
        }

        throw new UsageException($"--notify '{notify}' is not one of: stdout, webhook:URL, sns:ARN");
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
