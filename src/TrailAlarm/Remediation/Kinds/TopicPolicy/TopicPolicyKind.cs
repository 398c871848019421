using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>TrailAlarm's own statement (Sid <see cref="TopicPolicyMerge.StatementId"/>) in a topic's policy.</summary>
public sealed record TopicPolicySpec(string Region, string TopicArn, string Policy)
{
    public static TopicPolicySpec From(Change change) => new(change.Region, change.Attribute(Attr.TopicArn), change.Attribute(Attr.Policy));
}

/// <summary>
/// Apply adds and rollback removes only the one statement; the exports own a whole policy only for a topic they
/// create themselves (a template's or Terraform's topic policy replaces every statement, and deleting it resets them).
/// </summary>
internal sealed class TopicPolicyKind : ResourceKind
{
    public override string Id => "sns-topic-policy";

    public override string TerraformType => "aws_sns_topic_policy";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        var p = TopicPolicySpec.From(change);
        return cfn.Creates(p.TopicArn)
            ? CloudFormationContext.Resource("AWS::SNS::TopicPolicy", new JsonObject
            {
                ["Topics"] = new JsonArray(cfn.TopicRef(p.TopicArn)),
                ["PolicyDocument"] = JsonNode.Parse(p.Policy),
            })
            : null;
    }

    public override string NotInTemplateBecause(Change change)
        => $"merges statement {TopicPolicyMerge.StatementId} into the policy of {change.Attribute(Attr.TopicArn)}, a topic this stack does not create; a template would own that whole policy (replacing the statements of others, and resetting them when the stack is deleted); use 'trailalarm apply' or the CLI export";

    public override void Terraform(Change change, TerraformContext tf)
    {
        var p = TopicPolicySpec.From(change);
        if (change.Action == ChangeAction.Create)
        {
            tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, new HclBody().Set("arn", tf.Topic(p.TopicArn)).Set("policy", TerraformContext.Q(p.Policy)));
            return;
        }

        tf.Line($"# {change.Address}: {NotInTemplateBecause(change).Replace("a template would", "aws_sns_topic_policy would", StringComparison.Ordinal)}.");
    }

    public override void Cli(Change change, CliScript sh)
    {
        var p = TopicPolicySpec.From(change);
        sh.Line($"aws sns set-topic-attributes {CliScript.Region(change)} --topic-arn {CliScript.Q(p.TopicArn)} --attribute-name Policy --attribute-value {CliScript.Q(p.Policy)}");
    }
}
