namespace TrailAlarm.Aws;

/// <summary>
/// Outside AWS the SDK's standard chain ends at the instance-metadata endpoint and waits there for up to a minute
/// before giving up. This probe asks the endpoint once (an IMDSv2 token request and a plain GET; any HTTP answer
/// counts), so that when nothing answers within two seconds "no credentials" can be said at once.
/// </summary>
internal static class InstanceMetadataProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    /// <summary>With AWS_EC2_METADATA_DISABLED=true the chain never asks the endpoint, so there is nothing to wait for.</summary>
    public static bool Disabled =>
        string.Equals(Environment.GetEnvironmentVariable("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The endpoint the SDK would ask: AWS_EC2_METADATA_SERVICE_ENDPOINT, else the IPv4 or IPv6 default.</summary>
    public static Uri Endpoint()
    {
        if (Environment.GetEnvironmentVariable("AWS_EC2_METADATA_SERVICE_ENDPOINT") is { Length: > 0 } configured)
        {
            return new Uri(configured);
        }

        var ipv6 = string.Equals(Environment.GetEnvironmentVariable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"), "IPv6", StringComparison.OrdinalIgnoreCase);
        return new Uri(ipv6 ? "http://[fd00:ec2::254]" : "http://169.254.169.254");
    }

    /// <summary>Does the endpoint answer HTTP at all within two seconds?</summary>
    public static async Task<bool> AnswersAsync(Uri endpoint)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = Patience };
        using var http = new HttpClient(handler) { Timeout = Patience };
        using var token = new HttpRequestMessage(HttpMethod.Put, new Uri(endpoint, "/latest/api/token"));
        token.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "60");
        using var plain = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, "/latest/meta-data/"));
        var attempts = new List<Task<bool>> { AnswersAsync(http, token), AnswersAsync(http, plain) };
        while (attempts.Count > 0)
        {
            var done = await Task.WhenAny(attempts).ConfigureAwait(false);
            if (await done.ConfigureAwait(false))
            {
                return true;
            }

            attempts.Remove(done);
        }

        return false;
    }

    private static async Task<bool> AnswersAsync(HttpClient http, HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }
}
