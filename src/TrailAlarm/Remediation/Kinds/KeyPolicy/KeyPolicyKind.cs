using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// Apply adds and rollback removes only TrailAlarm's statement in a key policy. The templates never hold it: a key
/// policy resource owns every statement of the key (PutKeyPolicy replaces the policy), and the key's administrators
/// are in those statements.
/// </summary>
internal sealed class KeyPolicyKind : ResourceKind
{
    public override string Id => "kms-key-policy";

    public override string TerraformType => "aws_kms_key_policy";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn) => null;

    public override string NotInTemplateBecause(Change change)
        => $"merges statement {KeyPolicySpec.StatementId} into the key policy of {change.Attribute(Attr.KeyArn)}, a key this stack does not create; a template would own that whole policy (replacing the statements of its administrators); use 'trailalarm apply' or the CLI export";

    public override void Terraform(Change change, TerraformContext tf)
        => tf.Line($"# {change.Address}: {NotInTemplateBecause(change).Replace("a template would", "aws_kms_key_policy would", StringComparison.Ordinal)}.");

    public override void Cli(Change change, CliScript sh)
    {
        var k = KeyPolicySpec.From(change);
        sh.Line($"aws kms put-key-policy {CliScript.Region(change)} --key-id {CliScript.Q(k.KeyArn)} --policy-name default --policy {CliScript.Q(k.Policy)}");
    }
}
