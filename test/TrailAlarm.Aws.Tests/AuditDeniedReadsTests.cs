using System.Text;
using TrailAlarm.Aws.Accounts;
using TrailAlarm.Aws.Iam;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// A moto_server of its own with IAM enforcement on (a global switch, hence not the shared server): a compliant
/// account read by an auditor whose policy denies some reads. Denied reads must become gaps and UNKNOWN findings.
/// (moto 5.2.1 does not enforce IAM on CloudWatch's JSON protocol, so the denied read here is an SNS one.)
/// </summary>
public sealed class AuditDeniedReadsFixture : IAsyncLifetime, IDisposable
{
    private const string Policy = """
        {"Version":"2012-10-17","Statement":[
          {"Effect":"Allow","Action":"*","Resource":"*"},
          {"Effect":"Deny","Action":["sns:ListSubscriptionsByTopic","sts:AssumeRole"],"Resource":"*"}]}
        """;

    public MotoServer Moto { get; } = new();

    public string Account { get; } = "123456789012";

    public AwsKeys AuditorKeys { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using (var seeding = await AwsSession.CreateAsync(Settings(MotoAws.TestKeys)))
        {
            await AuditAccountSeeder.SeedAsync(seeding, Account, new AuditScenario());
            var iam = seeding.Iam();
            await iam.CreateUserAsync("auditor");
            await iam.PutUserPolicyAsync(new PutUserPolicyRequest("auditor", "audit", Policy));
            AuditorKeys = (await iam.CreateAccessKeyAsync("auditor")).Keys!;
        }

        using var http = new HttpClient();
        using var body = new StringContent("0", Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(new Uri(Moto.Endpoint, "/moto-api/reset-auth"), body);
        response.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Moto.Dispose();

    public AwsSettings Settings(AwsKeys keys) => new() { EndpointUrl = Moto.Endpoint, Region = "us-east-1", Credentials = keys, MaxAttempts = 2 };
}

public class AuditDeniedReadsTests(AuditDeniedReadsFixture fixture) : IClassFixture<AuditDeniedReadsFixture>
{
    private static readonly ControlEvaluator Evaluator = new(ControlCatalogue.Default.Controls, ControlSamples.For);

    [Fact]
    public async Task A_denied_read_is_a_gap_and_the_control_that_needs_it_is_unknown_naming_the_call()
    {
        using var session = await AwsSession.CreateAsync(fixture.Settings(fixture.AuditorKeys));

        var snapshot = await SnapshotReader.ReadAsync(session, fixture.Account, ["us-east-1", "us-west-2"], TimeProvider.System);

        var gap = Assert.Single(snapshot.Gaps);
        Assert.Equal((Calls.ListSubscriptionsByTopic, "AccessDenied"), (gap.Call, gap.ErrorCode));
        Assert.Null(Assert.Single(snapshot.Topics).Subscriptions);
        var monitoring = Evaluator.Evaluate(ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!, snapshot);
        Assert.Equal(Status.Unknown, monitoring.Status);
        Assert.Equal("subscriber", monitoring.Steps[^1].Name);
        Assert.Contains("sns:ListSubscriptionsByTopic", monitoring.Reason);
        Assert.Contains("AccessDenied", monitoring.Reason);
        Assert.Equal(Status.Pass, Evaluator.Evaluate(ControlCatalogue.Default.Find("config-records-cloudtrail")!, snapshot).Status);
    }

    [Fact]
    public async Task An_account_whose_role_cannot_be_assumed_is_unknown_and_the_others_are_still_read()
    {
        using var session = await AwsSession.CreateAsync(fixture.Settings(fixture.AuditorKeys));

        var snapshots = await AccountsReader.ReadAsync(session, AccountSelection.Parse($"{fixture.Account},210987654321", "Audit"), ["us-east-1"], TimeProvider.System, 2);

        Assert.NotEmpty(snapshots[0].Trails);
        var denied = snapshots[1];
        Assert.Empty(denied.Regions);
        Assert.Equal(Calls.AssumeRole, Assert.Single(denied.Gaps).Call);
        Assert.All(Evaluator.Evaluate([denied]), f =>
        {
            Assert.Equal(Status.Unknown, f.Status);
            Assert.Contains("sts:AssumeRole", f.Reason);
        });
    }
}
