using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.Organizations.OrganizationsJsonContext;

namespace TrailAlarm.Aws.Organizations;

/// <summary>AWS Organizations (awsJson1_1). Global: one endpoint per partition, signed for its global region.</summary>
public sealed class OrganizationsClient : AwsServiceClient
{
    internal OrganizationsClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    /// <summary>The caller's organization. AWSOrganizationsNotInUseException (kind NotFound) when it is in none.</summary>
    public Task<DescribeOrganizationResponse> DescribeOrganizationAsync(CancellationToken cancellationToken = default)
        => JsonAsync("DescribeOrganization", new OrganizationsEmptyRequest(), J.Default.OrganizationsEmptyRequest, J.Default.DescribeOrganizationResponse, cancellationToken);

    public Task<ListAccountsResponse> ListAccountsAsync(ListAccountsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("ListAccounts", request, J.Default.ListAccountsRequest, J.Default.ListAccountsResponse, cancellationToken);

    public Task<DescribeOrganizationResponse> CreateOrganizationAsync(CreateOrganizationRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("CreateOrganization", request, J.Default.CreateOrganizationRequest, J.Default.DescribeOrganizationResponse, cancellationToken);

    public Task<CreateAccountResponse> CreateAccountAsync(CreateAccountRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("CreateAccount", request, J.Default.CreateAccountRequest, J.Default.CreateAccountResponse, cancellationToken);

    /// <summary>Every account of the organization. Pages may be empty while a token is still returned.</summary>
    public Task<IReadOnlyList<Account>> ListAllAccountsAsync(int? pageSize = null, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "ListAccounts",
            (token, ct) => ListAccountsAsync(new ListAccountsRequest { NextToken = token, MaxResults = pageSize }, ct),
            page => page.Accounts,
            page => page.NextToken,
            cancellationToken);
}
