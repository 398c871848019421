using System.Xml.Linq;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Iam;

/// <summary>AWS IAM (awsQuery). Global: one endpoint per partition, signed for its global region.</summary>
public sealed class IamClient : AwsServiceClient
{
    internal IamClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<RoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("CreateRole", request, (r, q) => q
            .Add("Path", r.Path).Add("RoleName", r.RoleName).Add("AssumeRolePolicyDocument", r.AssumeRolePolicyDocument)
            .Add("Description", r.Description).Add("MaxSessionDuration", r.MaxSessionDuration)
            .AddList("Tags", r.Tags, (t, w) => w.Add("Key", t.Key).Add("Value", t.Value)),
            ReadRole, cancellationToken);

    /// <summary>The role; NoSuchEntity (kind NotFound) when it does not exist.</summary>
    public Task<RoleResponse> GetRoleAsync(string roleName, CancellationToken cancellationToken = default)
        => QueryAsync("GetRole", roleName, (n, q) => q.Add("RoleName", n), ReadRole, cancellationToken);

    /// <summary>The role AWS defines for <paramref name="awsServiceName"/> (e.g. config.amazonaws.com gives
    /// AWSServiceRoleForConfig); InvalidInput when it exists already.</summary>
    public Task<RoleResponse> CreateServiceLinkedRoleAsync(string awsServiceName, CancellationToken cancellationToken = default)
        => QueryAsync("CreateServiceLinkedRole", awsServiceName, (n, q) => q.Add("AWSServiceName", n), ReadRole, cancellationToken);

    /// <summary>Starts the deletion of a service-linked role; AWS finishes it later (and fails it while the role is in use).</summary>
    public Task<IamEmptyResponse> DeleteServiceLinkedRoleAsync(string roleName, CancellationToken cancellationToken = default)
        => QueryAsync("DeleteServiceLinkedRole", roleName, (n, q) => q.Add("RoleName", n), _ => new IamEmptyResponse(), cancellationToken);

    public Task<IamEmptyResponse> DeleteRoleAsync(string roleName, CancellationToken cancellationToken = default)
        => QueryAsync("DeleteRole", roleName, (n, q) => q.Add("RoleName", n), _ => new IamEmptyResponse(), cancellationToken);

    public Task<IamEmptyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("PutRolePolicy", request, (r, q) => q
            .Add("RoleName", r.RoleName).Add("PolicyName", r.PolicyName).Add("PolicyDocument", r.PolicyDocument),
            _ => new IamEmptyResponse(), cancellationToken);

    public Task<IamEmptyResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("DeleteRolePolicy", request, (r, q) => q.Add("RoleName", r.RoleName).Add("PolicyName", r.PolicyName),
            _ => new IamEmptyResponse(), cancellationToken);

    public Task<UserResponse> CreateUserAsync(string userName, CancellationToken cancellationToken = default)
        => QueryAsync("CreateUser", userName, (n, q) => q.Add("UserName", n), x => new UserResponse
        {
            User = x.Find("User") is { } u ? new User { UserName = u.Child("UserName"), UserId = u.Child("UserId"), Arn = u.Child("Arn") } : null,
        }, cancellationToken);

    public Task<AccessKeyResponse> CreateAccessKeyAsync(string userName, CancellationToken cancellationToken = default)
        => QueryAsync("CreateAccessKey", userName, (n, q) => q.Add("UserName", n), x => new AccessKeyResponse
        {
            Keys = x.Find("AccessKey") is { } k ? new AwsKeys(k.Child("AccessKeyId") ?? string.Empty, k.Child("SecretAccessKey") ?? string.Empty) : null,
        }, cancellationToken);

    public Task<IamEmptyResponse> PutUserPolicyAsync(PutUserPolicyRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("PutUserPolicy", request, (r, q) => q
            .Add("UserName", r.UserName).Add("PolicyName", r.PolicyName).Add("PolicyDocument", r.PolicyDocument),
            _ => new IamEmptyResponse(), cancellationToken);

    private static RoleResponse ReadRole(XElement x)
    {
        if (x.Find("Role") is not { } role)
        {
            return new RoleResponse();
        }

        var trust = role.Child("AssumeRolePolicyDocument");
        return new RoleResponse
        {
            Role = new Role
            {
                Path = role.Child("Path"),
                RoleName = role.Child("RoleName"),
                RoleId = role.Child("RoleId"),
                Arn = role.Child("Arn"),
                CreateDate = role.Time("CreateDate"),
                AssumeRolePolicyDocument = trust is null ? null : Uri.UnescapeDataString(trust),
                Description = role.Child("Description"),
                MaxSessionDuration = role.Int("MaxSessionDuration"),
            },
        };
    }
}
