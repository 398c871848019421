using System.Text;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// CreateServiceLinkedRole gives the role the name AWS defines for the service: AWSServiceRoleForConfig for
/// config.amazonaws.com (https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html),
/// AWSServiceRoleForCloudTrail for cloudtrail.amazonaws.com
/// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/using-service-linked-roles.html), under
/// /aws-service-role/SERVICE/; a second call fails with InvalidInput (botocore iam 2010-05-08 CreateServiceLinkedRole
/// errors). moto derives the name from the host label ("AWSServiceRoleForconfig"), so the proxy creates the role itself.
/// </summary>
internal sealed class ServiceLinkedRoleNames : IAwsRule
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["config.amazonaws.com"] = "AWSServiceRoleForConfig",
        ["cloudtrail.amazonaws.com"] = "AWSServiceRoleForCloudTrail",
    };

    /// <summary>The role name AWS gives the service's service-linked role ("(unknown service)" for others).</summary>
    public static string For(string service) => Names.GetValueOrDefault(service, "(unknown service)");

    /// <summary>The service whose service-linked role has this name, or null.</summary>
    public static string? ServiceOf(string roleName) => Names.FirstOrDefault(n => n.Value == roleName).Key;

    public async Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
    {
        if (call.Service != "iam" || call.Operation != "CreateServiceLinkedRole"
            || call.Param("AWSServiceName") is not { } service || !Names.TryGetValue(service, out var name))
        {
            return await next(call);
        }

        if (await RolePropagation.RoleExistsAsync(call, name, next))
        {
            return AwsReply.XmlError("InvalidInput", $"Service role name {name} has been taken in this account, please try a different suffix.");
        }

        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{service}}"},"Action":"sts:AssumeRole"}]}""";
        var created = await next(call.DeriveQuery("iam", "CreateRole", "2010-05-08", ("RoleName", name), ("Path", $"/aws-service-role/{service}/"), ("AssumeRolePolicyDocument", trust)));
        return created.IsSuccess
            ? created with { Body = Encoding.UTF8.GetBytes(created.Text.Replace("CreateRoleResponse", "CreateServiceLinkedRoleResponse", StringComparison.Ordinal).Replace("CreateRoleResult", "CreateServiceLinkedRoleResult", StringComparison.Ordinal)) }
            : created;
    }
}
