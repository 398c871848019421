using TrailAlarm.Aws.Organizations;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

// moto keeps one organization backend for the whole server; tests in one collection run one at a time.
[Collection(MotoCollection.Name)]
public class OrganizationsClientTests(MotoServer moto)
{
    [Fact]
    public async Task Account_outside_any_organization_gets_not_in_use_as_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Organizations().DescribeOrganizationAsync());

        Assert.Equal("AWSOrganizationsNotInUseException", error.Code);
        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("us-east-1", error.Region);
    }

    [Fact]
    public async Task Organization_accounts_are_listed_across_pages_from_any_region()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var management, "eu-west-1");
        var orgs = session.Organizations();
        var created = await orgs.CreateOrganizationAsync(new CreateOrganizationRequest { FeatureSet = "ALL" });
        var members = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var status = await orgs.CreateAccountAsync(new($"member{i}-{management}@example.com", $"member-{i}"));
            members.Add(status.CreateAccountStatus!.AccountId!);
        }

        var described = await orgs.DescribeOrganizationAsync();
        var first = await orgs.ListAccountsAsync(new ListAccountsRequest { MaxResults = 2 });
        var all = await orgs.ListAllAccountsAsync(pageSize: 2);

        Assert.Equal(management, described.Organization!.MasterAccountId);
        Assert.Equal(created.Organization!.Id, described.Organization.Id);
        Assert.NotNull(first.NextToken);
        Assert.Equal(members.Append(management).Order(), all.Select(a => a.Id!).Order());
        Assert.All(all, a => Assert.Matches("^[0-9]{12}$", a.Id!));
    }
}
