namespace TrailAlarm.Aws.Iam;

// Shapes from botocore iam/2010-05-08 (awsQuery, global endpoint).

public sealed record Role
{
    public string? Path { get; init; }
    public string? RoleName { get; init; }
    public string? RoleId { get; init; }
    public string? Arn { get; init; }
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The trust policy as JSON (IAM sends it URL-encoded; this is decoded).</summary>
    public string? AssumeRolePolicyDocument { get; init; }
    public string? Description { get; init; }
    public int? MaxSessionDuration { get; init; }
}

public sealed record RoleResponse
{
    public Role? Role { get; init; }
}

public sealed record IamTag(string Key, string Value);

public sealed record CreateRoleRequest
{
    public string? Path { get; init; }
    public required string RoleName { get; init; }
    public required string AssumeRolePolicyDocument { get; init; }
    public string? Description { get; init; }
    public int? MaxSessionDuration { get; init; }
    public IReadOnlyList<IamTag>? Tags { get; init; }
}

public sealed record PutRolePolicyRequest(string RoleName, string PolicyName, string PolicyDocument);

public sealed record DeleteRolePolicyRequest(string RoleName, string PolicyName);

public sealed record PutUserPolicyRequest(string UserName, string PolicyName, string PolicyDocument);

public sealed record User
{
    public string? UserName { get; init; }
    public string? UserId { get; init; }
    public string? Arn { get; init; }
}

public sealed record UserResponse
{
    public User? User { get; init; }
}

public sealed record AccessKeyResponse
{
    public AwsKeys? Keys { get; init; }
}

public sealed record IamEmptyResponse;
