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
        => tf.Block(TerraformType, ExportNames.Label(change.Address), change.Region, $"name = {TerraformContext.Q(LogGroupSpec.From(change).LogGroupName)}");

    public override void Cli(Change change, CliScript sh)
        => sh.Line($"aws logs create-log-group {CliScript.Region(change)} --log-group-name {CliScript.Q(LogGroupSpec.From(change).LogGroupName)}");
}
