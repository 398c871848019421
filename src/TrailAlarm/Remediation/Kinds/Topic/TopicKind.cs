using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>The alarm topic: created when no topic can be reused, never changed otherwise.</summary>
public sealed record TopicSpec(string Region, string Name, string Arn)
{
    public static TopicSpec From(Change change) => new(change.Region, change.Attribute(Attr.Name), change.Attribute(Attr.Arn));
}

internal sealed class TopicKind : ResourceKind
{
    public override string Id => "sns-topic";

    public override string TerraformType => "aws_sns_topic";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
        => CloudFormationContext.Resource("AWS::SNS::Topic", new JsonObject { ["TopicName"] = TopicSpec.From(change).Name });

    public override void Terraform(Change change, TerraformContext tf)
        => tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, new HclBody().Set("name", TerraformContext.Q(TopicSpec.From(change).Name)));

    public override void Cli(Change change, CliScript sh)
        => sh.Line($"aws sns create-topic {CliScript.Region(change)} --name {CliScript.Q(TopicSpec.From(change).Name)} >/dev/null");
}
