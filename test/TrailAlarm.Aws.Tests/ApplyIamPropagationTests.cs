using TrailAlarm.Aws.Apply;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Remediation;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// apply --integrate-trail creates CloudTrail's role and at once asks UpdateTrail to use it; behind the AWS-rules
/// proxy (as on AWS) the new role is refused until IAM has propagated it, and apply waits that out, within a bound.
/// </summary>
[Collection(MotoCollection.Name)]
public class ApplyIamPropagationTests(MotoServer moto)
{
    private const string Home = AuditAccountSeeder.Home;
    private const string Control = "cloudtrail-changes-monitored";
    private static readonly ControlEvaluator Evaluator = new(ControlCatalogue.Default.Controls, ControlSamples.For);

    private static FixSettings Settings => new()
    {
        Subscribers = [Subscriber.Parse("email:secops@example.com")], IntegrateTrail = true, Controls = [Control],
    };

    /// <summary>A trail with no CloudWatch Logs link, seeded on plain moto; the session then goes through the rules proxy.</summary>
    private async Task<(AwsSession Session, string Account)> UnlinkedTrailAsync(TimeSpan propagation)
    {
        using var seeding = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(seeding, account, new AuditScenario { CloudWatchLogs = false });
        var session = await MotoAws.BehindRulesAsync(moto, account);
        moto.Rules.ForAccount(account).RolePropagationDelay = propagation;
        return (session, account);
    }

    private static async Task<Plan> PlanAsync(AwsSession session, string account)
    {
        var snapshot = await SnapshotReader.ReadAsync(session, account, [Home], TimeProvider.System);
        return Planner.Default().Plan(await PlanInputs.ReadAsync(session, snapshot, Settings), Settings, DateTimeOffset.UtcNow);
    }

    private static async Task<Status> AuditAsync(AwsSession session, string account)
    {
        var snapshot = await SnapshotReader.ReadAsync(session, account, [Home], TimeProvider.System);
        return Evaluator.Evaluate(ControlCatalogue.Default.Controls.Single(c => c.Id == Control), snapshot).Status;
    }

    [Fact]
    public async Task A_role_refused_while_iam_propagates_is_waited_for_and_the_trail_gets_linked()
    {
        var (session, account) = await UnlinkedTrailAsync(TimeSpan.FromSeconds(2.5));
        using var _ = session;
        var plan = await PlanAsync(session, account);
        Assert.Contains(plan.Changes, c => c.Kind == ResourceKinds.TrailLogs);
        var told = new List<string>();
        var gate = new CallGate { PropagationWait = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)), Progress = told.Add };

        var report = await new Applier(session, gate, TimeProvider.System).ApplyAsync(plan, Path.Combine(Path.GetTempPath(), $"journal-iam-{account}.json"));

        Assert.All(report.Changes, c => Assert.Equal(JournalPhase.Done, c.Phase));
        Assert.Contains(told, m => m.StartsWith("cloudtrail:UpdateTrail: waiting for IAM to propagate the new role (InvalidCloudWatchLogsRoleArnException)", StringComparison.Ordinal));
        Assert.Equal(Status.Pass, await AuditAsync(session, account));
    }

    [Fact]
    public async Task Past_the_bound_apply_stops_with_the_refusal_journalled_and_a_rerun_converges()
    {
        var (session, account) = await UnlinkedTrailAsync(TimeSpan.FromMinutes(10));
        using var _ = session;
        var plan = await PlanAsync(session, account);
        var journal = Path.Combine(Path.GetTempPath(), $"journal-iam-bound-{account}.json");
        var told = new List<string>();
        var impatient = new CallGate { PropagationWait = new(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(0.4)), Progress = told.Add };

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => new Applier(session, impatient, TimeProvider.System).ApplyAsync(plan, journal));

        Assert.Equal("InvalidCloudWatchLogsRoleArnException", refused.Code);
        Assert.Contains(told, m => m.Contains("giving up", StringComparison.Ordinal));
        Assert.Contains(JournalFile.Load(journal).Entries, e => e.Phase == JournalPhase.Failed && e.Address == plan.Changes.First(c => c.Kind == ResourceKinds.TrailLogs).Address);
        Assert.Equal(Status.Fail, await AuditAsync(session, account));

        moto.Rules.ForAccount(account).RolePropagationDelay = TimeSpan.Zero;
        await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, journal);

        Assert.Equal(Status.Pass, await AuditAsync(session, account));
        File.Delete(journal);
    }
}
