using System.Text.Json.Serialization;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Organizations;

// Shapes from botocore organizations/2016-11-28 (awsJson1_1, global endpoint, PascalCase).

public sealed record PolicyTypeSummary(string? Type, string? Status);

public sealed record Organization
{
    public string? Id { get; init; }
    public string? Arn { get; init; }
    public string? FeatureSet { get; init; }
    public string? MasterAccountArn { get; init; }
    public string? MasterAccountId { get; init; }
    public string? MasterAccountEmail { get; init; }
    public IReadOnlyList<PolicyTypeSummary>? AvailablePolicyTypes { get; init; }
}

public sealed record DescribeOrganizationResponse
{
    public Organization? Organization { get; init; }
}

public sealed record ListAccountsRequest
{
    public string? NextToken { get; init; }
    public int? MaxResults { get; init; }
}

public sealed record Account
{
    /// <summary>Twelve digits; may start with 0, so always a string.</summary>
    public string? Id { get; init; }
    public string? Arn { get; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    public string? Status { get; init; }
    public string? State { get; init; }
    public string? JoinedMethod { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? JoinedTimestamp { get; init; }
}

public sealed record ListAccountsResponse
{
    public IReadOnlyList<Account> Accounts { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record CreateOrganizationRequest
{
    public string? FeatureSet { get; init; }
}

public sealed record CreateAccountRequest(string Email, string AccountName);

public sealed record CreateAccountStatus
{
    public string? Id { get; init; }
    public string? AccountName { get; init; }
    public string? State { get; init; }
    public string? AccountId { get; init; }
    public string? FailureReason { get; init; }
}

public sealed record CreateAccountResponse
{
    public CreateAccountStatus? CreateAccountStatus { get; init; }
}

public sealed record OrganizationsEmptyRequest;
