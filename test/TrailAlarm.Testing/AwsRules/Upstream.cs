namespace TrailAlarm.Testing.AwsRules;

/// <summary>Sends calls to moto_server as they are (no redirects, no decompression, no cookies).</summary>
public sealed class Upstream : IDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Transfer-Encoding", "Expect", "Keep-Alive", "Content-Length", "Proxy-Connection", "Upgrade", "TE",
    };

    private readonly Uri moto;
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false, AutomaticDecompression = System.Net.DecompressionMethods.None })
    {
        Timeout = TimeSpan.FromSeconds(100),
    };

    public Upstream(Uri moto) => this.moto = moto;

    public async Task<AwsReply> SendAsync(AwsCall call, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), new Uri(moto, call.Target));
        var content = new ByteArrayContent(call.Body);
        request.Content = content;
        foreach (var (name, value) in call.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = value;
            }
            else if (!HopByHop.Contains(name) && !request.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !HopByHop.Contains(h.Key) || (h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && call.Method == "HEAD"))
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
            .ToList();
        return new AwsReply((int)response.StatusCode, headers, body);
    }

    public void Dispose() => http.Dispose();
}
