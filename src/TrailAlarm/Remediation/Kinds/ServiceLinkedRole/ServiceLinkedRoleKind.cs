using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// A service-linked role: AWS names it and defines its permissions, we only ask for it
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html). AWS Config's recorder needs
/// AWSServiceRoleForConfig before it can be put with that role.
/// </summary>
public sealed record ServiceLinkedRoleSpec(string AwsServiceName, string RoleName, string Arn)
{
    public const string ConfigService = "config.amazonaws.com";
    public const string ConfigRoleName = "AWSServiceRoleForConfig";

    /// <summary>The role's ARN: under /aws-service-role/SERVICE/ as AWS places it.</summary>
    public static string ArnOf(string partition, string account, string service, string roleName) => $"arn:{partition}:iam::{account}:role/aws-service-role/{service}/{roleName}";

    public static ServiceLinkedRoleSpec From(Change change) => new(change.Attribute(Attr.AwsServiceName), change.Attribute(Attr.RoleName), change.Attribute(Attr.Arn));
}

internal sealed class ServiceLinkedRoleKind : ResourceKind
{
    public override string Id => "iam-service-linked-role";

    public override string TerraformType => "aws_iam_service_linked_role";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn) => change.Action == ChangeAction.Create
        ? CloudFormationContext.Resource("AWS::IAM::ServiceLinkedRole", new JsonObject { ["AWSServiceName"] = ServiceLinkedRoleSpec.From(change).AwsServiceName })
        : null;

    public override void Terraform(Change change, TerraformContext tf)
        => tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region,
            new HclBody().Set("aws_service_name", TerraformContext.Q(ServiceLinkedRoleSpec.From(change).AwsServiceName)));

    /// <summary>AWS refuses a second CreateServiceLinkedRole, so the script asks only when the role is missing.</summary>
    public override void Cli(Change change, CliScript sh)
    {
        var r = ServiceLinkedRoleSpec.From(change);
        sh.Line($"aws iam get-role --role-name {CliScript.Q(r.RoleName)} >/dev/null 2>&1 || aws iam create-service-linked-role --aws-service-name {CliScript.Q(r.AwsServiceName)} >/dev/null");
    }
}
