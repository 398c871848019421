using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>Just enough of IAM policy evaluation to tell whether a bucket policy lets AWS Config's service principal
/// deliver (Allow statements only; conditions are taken as met, as AWS Config sets SourceAccount and the ACL).</summary>
internal static class BucketPolicy
{
    private const string ConfigPrincipal = "config.amazonaws.com";

    public static bool LetsConfigWrite(JsonObject? policy, string bucket, string keyPrefix)
        => Allows(policy, "s3:GetBucketAcl", $"arn:aws:s3:::{bucket}")
            && Allows(policy, "s3:PutObject", $"arn:aws:s3:::{bucket}/{keyPrefix}ConfigSnapshot/object.json.gz");

    private static bool Allows(JsonObject? policy, string action, string resource)
        => Items(policy?["Statement"]).OfType<JsonObject>().Any(s =>
            s["Effect"]?.GetValue<string>() == "Allow"
            && NamesConfig(s["Principal"])
            && Items(s["Action"]).Any(a => Matches(a?.GetValue<string>(), action))
            && Items(s["Resource"]).Any(r => Matches(ArnWithoutPartition(r?.GetValue<string>()), resource)));

    private static bool NamesConfig(JsonNode? principal)
        => principal is JsonValue star ? star.GetValue<string>() == "*"
            : principal is JsonObject o && (o["Service"] is { } service && Items(service).Any(s => s?.GetValue<string>() == ConfigPrincipal) || o["AWS"]?.ToString() == "*");

    private static JsonNode?[] Items(JsonNode? node) => node is JsonArray array ? [.. array] : node is null ? [] : [node];

    private static string? ArnWithoutPartition(string? arn)
        => arn is null ? null : Regex.Replace(arn, "^arn:[^:]+:", "arn:aws:");

    private static bool Matches(string? pattern, string value)
        => pattern is not null && Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.IgnoreCase);
}
