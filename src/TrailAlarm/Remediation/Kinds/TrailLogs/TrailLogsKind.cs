using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>A trail's CloudWatch Logs link (log group ARN and delivery role), set by --integrate-trail.</summary>
public sealed record TrailLogsSpec(string Region, string TrailName, string LogGroupArn, string RoleArn)
{
    public static TrailLogsSpec From(string region, IReadOnlyDictionary<string, string> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        string A(string name) => a.TryGetValue(name, out var v) ? v : "";
        return new(region, A(Attr.TrailName), A(Attr.LogGroupArn), A(Attr.LogsRoleArn));
    }
}

internal sealed class TrailLogsKind : ResourceKind
{
    public override string Id => "cloudtrail-trail";

    public override string TerraformType => "aws_cloudtrail";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn) => null;

    public override void Terraform(Change change, TerraformContext tf) => tf.NotManaged(change);

    public override void Cli(Change change, CliScript sh)
    {
        var t = TrailLogsSpec.From(change.Region, change.After!);
        sh.Line($"aws cloudtrail update-trail {CliScript.Region(change)} --name {CliScript.Q(t.TrailName)} --cloud-watch-logs-log-group-arn {CliScript.Q(t.LogGroupArn)} --cloud-watch-logs-role-arn {CliScript.Q(t.RoleArn)} >/dev/null");
    }
}
