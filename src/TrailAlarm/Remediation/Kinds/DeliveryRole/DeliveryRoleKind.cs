using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>The IAM role CloudTrail assumes to write to the log group --integrate-trail creates, with its inline policy.</summary>
public sealed record DeliveryRoleSpec(string RoleName, string Arn, string AssumeRolePolicy, string PolicyName, string Policy)
{
    public static DeliveryRoleSpec From(Change change) => new(change.Attribute(Attr.RoleName), change.Attribute(Attr.Arn),
        change.Attribute(Attr.AssumeRolePolicy), change.Attribute(Attr.RolePolicyName), change.Attribute(Attr.RolePolicy));
}

internal sealed class DeliveryRoleKind : ResourceKind
{
    public override string Id => "iam-role";

    public override string TerraformType => "aws_iam_role";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            return null;
        }

        var r = DeliveryRoleSpec.From(change);
        return CloudFormationContext.Resource("AWS::IAM::Role", new JsonObject
        {
            ["RoleName"] = r.RoleName,
            ["AssumeRolePolicyDocument"] = JsonNode.Parse(r.AssumeRolePolicy),
            ["Policies"] = new JsonArray(new JsonObject { ["PolicyName"] = r.PolicyName, ["PolicyDocument"] = JsonNode.Parse(r.Policy) }),
        });
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        var r = DeliveryRoleSpec.From(change);
        var label = ExportNames.Label(change.Address);
        tf.Resource(TerraformType, label, change.Region, new HclBody().Set("name", TerraformContext.Q(r.RoleName)).Set("assume_role_policy", TerraformContext.Q(r.AssumeRolePolicy)));
        tf.Line();
        tf.Resource("aws_iam_role_policy", label, change.Region,
            new HclBody().Set("name", TerraformContext.Q(r.PolicyName)).Set("role", $"{change.Address}.id").Set("policy", TerraformContext.Q(r.Policy)));
    }

    public override void Cli(Change change, CliScript sh)
    {
        var r = DeliveryRoleSpec.From(change);
        sh.Line($"if ! aws iam get-role --role-name {CliScript.Q(r.RoleName)} >/dev/null 2>&1; then");
        sh.Line($"  aws iam create-role --role-name {CliScript.Q(r.RoleName)} --assume-role-policy-document {CliScript.Q(r.AssumeRolePolicy)} >/dev/null");
        sh.Line("fi");
        sh.Line($"aws iam put-role-policy --role-name {CliScript.Q(r.RoleName)} --policy-name {CliScript.Q(r.PolicyName)} --policy-document {CliScript.Q(r.Policy)}");
    }
}
