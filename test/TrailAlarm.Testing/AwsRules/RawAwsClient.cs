using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// Unsigned AWS calls for tests of the rules themselves: an Authorization header that only names the credential
/// scope (moto routes by its signing name and does not check signatures), the account in x-moto-account-id.
/// </summary>
public sealed class RawAwsClient(Uri endpoint, string accountId, string region = "us-east-1") : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A JSON-protocol call, e.g. ("logs", "Logs_20140328", "PutMetricFilter", {...}).</summary>
    public async Task<(int Status, JsonObject Body)> JsonAsync(string service, string targetPrefix, string operation, JsonObject body)
    {
        using var request = Request(service, $"{targetPrefix}.{operation}");
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, (text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null) ?? []);
    }

    /// <summary>A query-protocol call, e.g. ("sns", "2010-03-31", "Subscribe", ("TopicArn", arn), ...).</summary>
    public async Task<(int Status, XElement Body)> QueryAsync(string service, string version, string action, params (string Name, string Value)[] parameters)
    {
        using var request = Request(service, null);
        var form = $"Action={action}&Version={version}" + string.Concat(parameters.Select(p => $"&{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        request.Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, XElement.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>An S3 REST call, e.g. ("DELETE", "/bucket/key"); the HTTP status.</summary>
    public async Task<int> S3Async(string method, string path)
    {
        using var request = Request("s3", null);
        request.Method = new HttpMethod(method);
        request.RequestUri = new Uri(endpoint, path);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public void Dispose() => http.Dispose();

    /// <summary>The text of the first element named <paramref name="name"/> (namespaces ignored).</summary>
    public static string? Find(XElement body, string name) => body.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private HttpRequestMessage Request(string service, string? target)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/{region}/{service}/aws4_request, SignedHeaders=host, Signature=0");
        request.Headers.TryAddWithoutValidation("x-moto-account-id", accountId);
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        return request;
    }
}
