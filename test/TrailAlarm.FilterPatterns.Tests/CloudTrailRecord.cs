using System.Text.Json.Nodes;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>Builds realistic CloudTrail records for tests: a complete base record with chosen fields overridden.</summary>
internal static class CloudTrailRecord
{
    private const string Base = """
        {"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEUSERID7788","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","accessKeyId":"AKIAEXAMPLEACCESS9XYZ","userName":"alice"},"eventTime":"2026-11-20T10:15:02Z","eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.24","userAgent":"aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0","requestParameters":null,"responseElements":null,"requestID":"0b7c7c55-4b6f-4a27-9d7e-3c1f0e0f9a11","eventID":"5e3f1c2a-9d1b-4c8e-b7a2-6f0d9e8c7b6a","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management"}
        """;

    /// <summary>Overrides are "path=json" pairs, e.g. ("userIdentity.type", "\"Root\""); a null value removes the field.</summary>
    public static string With(params (string Path, string? Json)[] overrides)
    {
        var record = JsonNode.Parse(Base)!.AsObject();
        foreach (var (path, json) in overrides)
        {
            var parts = path.Split('.');
            var node = record;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
                node = child;
            }
            if (json is null) node.Remove(parts[^1]);
            else node[parts[^1]] = JsonNode.Parse(json);
        }
        return record.ToJsonString();
    }

    public static string Call(string source, string name, params (string Path, string? Json)[] more)
        => With([("eventSource", Quote(source)), ("eventName", Quote(name)), .. more]);

    public static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s, TestJsonContext.Default.String);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
