using System.Text;
using System.Text.Json.Nodes;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// One AWS request as the rules proxy sees it: who (account, from x-moto-account-id or the access key), where (the
/// SigV4 credential scope's region and signing name) and what (X-Amz-Target, the query Action, or the S3 REST call).
/// </summary>
public sealed class AwsCall
{
    private JsonObject? json;
    private Dictionary<string, string>? form;

    public AwsCall(string method, string target, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Method = method;
        Target = target;
        Headers = headers;
        Body = body;
        var scope = CredentialScope(headers, target);
        AccessKey = scope.Length > 0 ? scope[0] : string.Empty;
        Region = scope.Length > 2 ? scope[2] : "us-east-1";
        Service = scope.Length > 3 ? scope[3] : "unknown";
        Operation = OperationOf();
    }

    public string Method { get; }

    /// <summary>The raw request target: path and query, still percent-encoded.</summary>
    public string Target { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string AccessKey { get; }

    public string Region { get; }

    /// <summary>The SigV4 signing name: logs, monitoring (CloudWatch), sns, iam, cloudtrail, config, s3, ...</summary>
    public string Service { get; }

    public string Operation { get; }

    /// <summary>Set by the proxy before the rules run.</summary>
    public string Account { get; internal set; } = MotoDefaultAccount;

    public const string MotoDefaultAccount = "123456789012";

    public bool IsJson => Headers.ContainsKey("X-Amz-Target");

    /// <summary>The JSON body of a JSON-protocol call (empty object when there is none).</summary>
    public JsonObject Json => json ??= (Body.Length > 0 ? JsonNode.Parse(Body) as JsonObject : null) ?? [];

    /// <summary>The form parameters of a query-protocol call.</summary>
    public IReadOnlyDictionary<string, string> Form => form ??= ParseForm(Encoding.UTF8.GetString(Body));

    public string? Param(string name) => Form.TryGetValue(name, out var value) ? value : null;

    /// <summary>A new call on another operation, same caller and region, signed for <paramref name="service"/>
    /// (moto routes by the credential scope's signing name; it does not check signatures).</summary>
    public AwsCall Derive(string service, string method, string target, byte[] body, string? amzTarget = null, string contentType = "application/x-www-form-urlencoded; charset=utf-8")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType };
        foreach (var name in new[] { "x-moto-account-id", "X-Amz-Date", "X-Amz-Security-Token", "Host" })
        {
            if (Headers.TryGetValue(name, out var value))
            {
                headers[name] = value;
            }
        }

        if (Headers.TryGetValue("Authorization", out var auth))
        {
            headers["Authorization"] = auth.Replace($"/{Region}/{Service}/aws4_request", $"/{Region}/{service}/aws4_request", StringComparison.Ordinal);
        }

        if (amzTarget is not null)
        {
            headers["X-Amz-Target"] = amzTarget;
        }

        if (service == "s3")
        {
            headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD";
        }

        var derived = new AwsCall(method, target, headers, body) { Account = Account };
        return derived;
    }

    /// <summary>A JSON-protocol call of the same service: target prefix from this call's X-Amz-Target.</summary>
    public AwsCall DeriveJson(string operation, JsonObject body)
    {
        var prefix = Headers["X-Amz-Target"];
        prefix = prefix[..(prefix.LastIndexOf('.') + 1)];
        return Derive(Service, "POST", "/", Encoding.UTF8.GetBytes(body.ToJsonString()), prefix + operation, Headers.GetValueOrDefault("Content-Type", "application/x-amz-json-1.1"));
    }

    /// <summary>A query-protocol call of <paramref name="service"/>.</summary>
    public AwsCall DeriveQuery(string service, string action, string version, params (string Name, string Value)[] parameters)
    {
        var text = $"Action={action}&Version={version}" + string.Concat(parameters.Select(p => $"&{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        return Derive(service, "POST", "/", Encoding.UTF8.GetBytes(text));
    }

    private static string[] CredentialScope(IReadOnlyDictionary<string, string> headers, string target)
    {
        string? credential = null;
        if (headers.TryGetValue("Authorization", out var auth))
        {
            var at = auth.IndexOf("Credential=", StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = auth.IndexOfAny([',', ' '], at);
                credential = auth[(at + "Credential=".Length)..(end < 0 ? auth.Length : end)];
            }
        }
        else if (target.IndexOf("X-Amz-Credential=", StringComparison.OrdinalIgnoreCase) is var q and >= 0)
        {
            var end = target.IndexOf('&', q);
            credential = Uri.UnescapeDataString(target[(q + "X-Amz-Credential=".Length)..(end < 0 ? target.Length : end)]);
        }

        return credential?.Split('/') ?? [];
    }

    private string OperationOf()
    {
        if (Headers.TryGetValue("X-Amz-Target", out var amzTarget))
        {
            return amzTarget[(amzTarget.LastIndexOf('.') + 1)..];
        }

        if (Service == "s3")
        {
            return S3Operation();
        }

        return Param("Action") ?? "?";
    }

    private string S3Operation()
    {
        var query = Target.Contains('?', StringComparison.Ordinal) ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        var path = Target.Split('?')[0].Trim('/');
        var onBucket = !path.Contains('/', StringComparison.Ordinal);
        var sub = query.Split('&').Select(p => p.Split('=')[0]).FirstOrDefault(p => p is "policy" or "acl" or "location" or "list-type" or "versioning" or "tagging" or "publicAccessBlock") ?? string.Empty;
        return (Method, onBucket, sub) switch
        {
            ("GET", true, "policy") => "GetBucketPolicy",
            ("PUT", true, "policy") => "PutBucketPolicy",
            ("DELETE", true, "policy") => "DeleteBucketPolicy",
            ("PUT", true, "publicAccessBlock") => "PutPublicAccessBlock",
            ("GET", true, "publicAccessBlock") => "GetPublicAccessBlock",
            ("GET", true, "acl") => "GetBucketAcl",
            ("GET", true, "location") => "GetBucketLocation",
            ("GET", true, _) when path.Length == 0 => "ListBuckets",
            ("GET", true, _) => "ListObjects",
            ("HEAD", true, _) => "HeadBucket",
            ("PUT", true, _) => "CreateBucket",
            ("DELETE", true, _) => "DeleteBucket",
            ("GET", false, _) => "GetObject",
            ("HEAD", false, _) => "HeadObject",
            ("PUT", false, _) => "PutObject",
            ("DELETE", false, _) => "DeleteObject",
            _ => Method + " " + path,
        };
    }

    private static Dictionary<string, string> ParseForm(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Unescape(eq < 0 ? pair : pair[..eq]);
            result[name] = eq < 0 ? string.Empty : Unescape(pair[(eq + 1)..]);
        }

        return result;
    }

    private static string Unescape(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
