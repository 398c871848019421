using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>The log group --integrate-trail creates for a trail.</summary>
public sealed record LogGroupSpec(string Region, string LogGroupName)
{
    public static LogGroupSpec From(Change change) => new(change.Region, change.Attribute(Attr.LogGroupName));
}

internal sealed class LogGroupKind : ResourceKind
{
    public override string Id => "logs-log-group";

    public override string TerraformType => "aws_cloudwatch_log_group";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn) => change.Action == ChangeAction.Create
        ? CloudFormationContext.Resource("AWS::Logs::LogGroup", new JsonObject { ["LogGroupName"] = LogGroupSpec.From(change).LogGroupName })
        : null;

    public override void Terraform(Change change, TerraformContext tf)
        => tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, new HclBody().Set("name", TerraformContext.Q(LogGroupSpec.From(change).LogGroupName)));

    /// <summary>Created only when no log group has exactly that name (the prefix search also finds longer names).</summary>
    public override void Cli(Change change, CliScript sh)
    {
        var name = CliScript.Q(LogGroupSpec.From(change).LogGroupName);
        sh.Line($"if ! aws logs describe-log-groups {CliScript.Region(change)} --log-group-name-prefix {name} --query 'logGroups[].logGroupName' --output text | tr '\\t' '\\n' | grep -qxF -- {name}; then");
        sh.Line($"  aws logs create-log-group {CliScript.Region(change)} --log-group-name {name}");
        sh.Line("fi");
    }
}
