using TrailAlarm.Aws.Accounts;
using TrailAlarm.Aws.Organizations;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>A moto_server of its own (its organisation is global to the process, so not the shared server).</summary>
public sealed class OrganizationMotoFixture : IDisposable
{
    public MotoServer Moto { get; } = new();

    public void Dispose() => Moto.Dispose();
}

public class AuditOrganizationTests(OrganizationMotoFixture fixture) : IClassFixture<OrganizationMotoFixture>
{
    [Fact]
    public async Task Accounts_all_reads_every_account_of_the_organisation_through_the_role()
    {
        const string management = "123456789012";
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(fixture.Moto.Endpoint, management));
        var organizations = session.Organizations();
        await organizations.CreateOrganizationAsync(new CreateOrganizationRequest { FeatureSet = "ALL" });
        var member = (await organizations.CreateAccountAsync(new CreateAccountRequest("member@example.com", "member"))).CreateAccountStatus!.AccountId!;
        using (var seeding = await AwsSession.CreateAsync(MotoAws.Settings(fixture.Moto.Endpoint, member)))
        {
            await AuditAccountSeeder.SeedAsync(seeding, member, new AuditScenario());
        }

        var snapshots = await AccountsReader.ReadAsync(session, AccountSelection.Parse("all", "OrganizationAccountAccessRole"), ["us-east-1"], TimeProvider.System, 4);

        Assert.Equal(new[] { management, member }.Order(StringComparer.Ordinal), snapshots.Select(s => s.Account));
        var control = ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!;
        var findings = new ControlEvaluator([control], ControlSamples.For).Evaluate(snapshots);
        Assert.Equal(Status.Pass, findings.Single(f => f.Account == member).Status);
        Assert.Equal(Status.Fail, findings.Single(f => f.Account == management).Status);
    }
}
