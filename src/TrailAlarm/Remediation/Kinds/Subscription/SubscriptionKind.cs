using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>A subscriber of the alarm topic (--subscribe).</summary>
public sealed record SubscriptionSpec(string Region, string TopicArn, string Protocol, string Endpoint)
{
    public static SubscriptionSpec From(Change change)
        => new(change.Region, change.Attribute(Attr.TopicArn), change.Attribute(Attr.Protocol), change.Attribute(Attr.Endpoint));
}

internal sealed class SubscriptionKind : ResourceKind
{
    public override string Id => "sns-subscription";

    public override string TerraformType => "aws_sns_topic_subscription";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        var s = SubscriptionSpec.From(change);
        return CloudFormationContext.Resource("AWS::SNS::Subscription", new JsonObject
        {
            ["TopicArn"] = cfn.TopicRef(s.TopicArn), ["Protocol"] = s.Protocol, ["Endpoint"] = s.Endpoint,
        });
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        var s = SubscriptionSpec.From(change);
        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region,
            new HclBody().Set("topic_arn", tf.Topic(s.TopicArn)).Set("protocol", TerraformContext.Q(s.Protocol)).Set("endpoint", TerraformContext.Q(s.Endpoint)));
    }

    public override void Cli(Change change, CliScript sh)
    {
        var s = SubscriptionSpec.From(change);
        sh.Line($"aws sns subscribe {CliScript.Region(change)} --topic-arn {CliScript.Q(s.TopicArn)} --protocol {CliScript.Q(s.Protocol)} --notification-endpoint {CliScript.Q(s.Endpoint)} >/dev/null");
    }
}
