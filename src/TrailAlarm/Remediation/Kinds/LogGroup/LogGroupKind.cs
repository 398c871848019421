using System.Globalization;
using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// The log group --integrate-trail creates for a trail: its retention in days ("" keeps events forever) and the KMS
/// key that encrypts it ("" for none).
/// </summary>
public sealed record LogGroupSpec(string Region, string LogGroupName, string RetentionInDays, string KmsKeyId)
{
    public const int DefaultRetentionDays = 365;

    /// <summary>The values PutRetentionPolicy accepts (CloudWatch Logs API, shape Days).</summary>
    public static readonly IReadOnlyList<int> RetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    public static LogGroupSpec From(Change change) => new(change.Region, change.Attribute(Attr.LogGroupName), change.Attribute(Attr.RetentionInDays), change.Attribute(Attr.KmsKeyId));

    public static string Retention(int? days) => days?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static bool IsRetention(string value) => value.Length == 0 || RetentionDays.Any(d => Retention(d) == value);

    public bool Expires => RetentionInDays.Length > 0;

    public bool Encrypted => KmsKeyId.Length > 0;
}

internal sealed class LogGroupKind : ResourceKind
{
    public override string Id => "logs-log-group";

    public override string TerraformType => "aws_cloudwatch_log_group";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            return null;
        }

        var g = LogGroupSpec.From(change);
        var properties = new JsonObject { ["LogGroupName"] = g.LogGroupName };
        if (g.Expires)
        {
            properties["RetentionInDays"] = int.Parse(g.RetentionInDays, CultureInfo.InvariantCulture);
        }

        if (g.Encrypted)
        {
            properties["KmsKeyId"] = g.KmsKeyId;
        }

        return CloudFormationContext.Resource("AWS::Logs::LogGroup", properties);
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        var g = LogGroupSpec.From(change);
        var body = new HclBody().Set("name", TerraformContext.Q(g.LogGroupName));
        if (g.Expires)
        {
            body.Set("retention_in_days", g.RetentionInDays);
        }

        if (g.Encrypted)
        {
            body.Set("kms_key_id", TerraformContext.Q(g.KmsKeyId));
        }

        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, body);
    }

    /// <summary>
    /// Created only when no log group has exactly that name (the prefix search also finds longer names). The
    /// retention is put on every run, so a run stopped between the two calls is finished by the next.
    /// </summary>
    public override void Cli(Change change, CliScript sh)
    {
        var g = LogGroupSpec.From(change);
        var name = CliScript.Q(g.LogGroupName);
        var key = g.Encrypted ? $" --kms-key-id {CliScript.Q(g.KmsKeyId)}" : "";
        sh.Line($"if ! aws logs describe-log-groups {CliScript.Region(change)} --log-group-name-prefix {name} --query 'logGroups[].logGroupName' --output text | tr '\\t' '\\n' | grep -qxF -- {name}; then");
        sh.Line($"  aws logs create-log-group {CliScript.Region(change)} --log-group-name {name}{key}");
        sh.Line("fi");
        if (g.Expires)
        {
            sh.Line($"aws logs put-retention-policy {CliScript.Region(change)} --log-group-name {name} --retention-in-days {g.RetentionInDays}");
        }
    }
}
