namespace TrailAlarm.Cli;

/// <summary>Reads --notify: stdout, webhook:URL (http or https) or sns:ARN.</summary>
internal static class WatchNotifierFactory
{
    public static IWatchNotifier Create(string notify, CliConsole console, HttpClient http)
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
            throw new UsageException("--notify sns:ARN is not built yet in this version of trailalarm; use stdout or webhook:URL");
        }

        throw new UsageException($"--notify '{notify}' is not one of: stdout, webhook:URL, sns:ARN");
    }
}
