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

    /// <summary>
    /// CloudTrail refuses a role IAM has not propagated yet (InvalidCloudWatchLogsRoleArnException), which a role
    /// created a moment before usually is: the update is retried every 5 s for up to 90 s, any other error ends the script.
    /// </summary>
    public override void Cli(Change change, CliScript sh)
    {
        var t = TrailLogsSpec.From(change.Region, change.After!);
        sh.Line("for attempt in $(seq 1 19); do");
        sh.Line($"  if error=$(aws cloudtrail update-trail {CliScript.Region(change)} --name {CliScript.Q(t.TrailName)} --cloud-watch-logs-log-group-arn {CliScript.Q(t.LogGroupArn)} --cloud-watch-logs-role-arn {CliScript.Q(t.RoleArn)} 2>&1 >/dev/null); then");
        sh.Line("    break");
        sh.Line("  fi");
        sh.Line("  if [[ $error != *InvalidCloudWatchLogsRoleArnException* ]] || ((attempt == 19)); then");
        sh.Line("    echo \"$error\" >&2");
        sh.Line("    exit 1");
        sh.Line("  fi");
        sh.Line($"  echo {CliScript.Q($"trailalarm: CloudTrail does not accept role {t.RoleArn} yet (IAM propagation); retrying in 5 s")} >&2");
        sh.Line("  sleep 5");
        sh.Line("done");
    }
}
