using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// TrailAlarm's statement in the key policy of the customer managed KMS key that encrypts an alarm topic: CloudWatch
/// must generate and decrypt data keys with it to publish
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html, "encrypted SNS topic").
/// </summary>
public sealed record KeyPolicySpec(string Region, string KeyArn, string Policy)
{
    public const string StatementId = "TrailAlarmCloudWatchUseKey";

    public static JsonObject Statement() => new()
    {
        ["Sid"] = StatementId,
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = "cloudwatch.amazonaws.com" },
        ["Action"] = new JsonArray("kms:Decrypt", "kms:GenerateDataKey*"),
        ["Resource"] = "*",
    };

    /// <exception cref="FormatException">the key policy is not a JSON object.</exception>
    public static string Merge(string? policy, string keyArn) => PolicyStatements.Merge(policy, Statement(), keyArn);

    public static KeyPolicySpec From(Change change) => new(change.Region, change.Attribute(Attr.KeyArn), change.Attribute(Attr.Policy));
}
