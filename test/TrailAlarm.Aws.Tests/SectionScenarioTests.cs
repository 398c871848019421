using TrailAlarm.Aws.Apply;
using LogsClient = TrailAlarm.Aws.Logs.LogsClient;
using PutMetricFilterRequest = TrailAlarm.Aws.Logs.PutMetricFilterRequest;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Findings;
using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// The whole CIS monitoring section on a moto account: one apply puts every alarm in place (all PASS); breaking each
/// control's filter in turn fails that control only; a --high-risk-only apply FAILs under the benchmark and PASSes
/// once the variant is accepted.
/// </summary>
[Collection(MotoCollection.Name)]
public class SectionScenarioTests(MotoServer moto)
{
    private const string Home = AuditAccountSeeder.Home;
    private static readonly ControlEvaluator Benchmark = new(ControlCatalogue.Default.Controls, ControlSamples.For);
    private static readonly ControlEvaluator Accepting = new(ControlCatalogue.Default.Controls, ControlSamples.For, new AcceptedVariants { HighRiskOnly = true });
    private static readonly IReadOnlyList<Control> MetricControls = [.. ControlCatalogue.Default.Controls.Where(c => c.Kind == ControlKinds.MetricFilterAlarm)];

    private static Task<AccountSnapshot> ReadAsync(AwsSession session, string account) => SnapshotReader.ReadAsync(session, account, [Home], TimeProvider.System);

    private static async Task ApplyAsync(AwsSession session, string account, FixSettings settings)
    {
        var snapshot = await ReadAsync(session, account);
        var plan = Planner.Default().Plan(await PlanInputs.ReadAsync(session, snapshot, settings), settings, DateTimeOffset.UtcNow);
        Assert.Empty(plan.Unplanned);
        await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, Path.Combine(Path.GetTempPath(), $"journal-{account}-{Guid.NewGuid():N}.json"));
    }

    private static string[] Failing(ControlEvaluator evaluator, AccountSnapshot snapshot)
        => [.. ControlCatalogue.Default.Controls.Select(c => evaluator.Evaluate(c, snapshot)).Where(f => f.Status != Status.Pass).Select(f => $"{f.ControlId}: {f.Reason}")];

    /// <summary>Another control whose benchmark pattern fires on every record this one requires keeps it passing when its own filter breaks.</summary>
    private static bool CoveredByAnother(Control control)
        => ControlCatalogue.Default.Controls.Any(c => c.Id != control.Id && c.ReferencePattern is not null
            && ControlCatalogue.Default.SamplesOf(control.Id).FiresOn.All(e => FilterPattern.Parse(c.ReferencePattern).Pattern!.Matches(e.Json)));

    /// <summary>Seeded on plain moto; everything after goes through the AWS-rules proxy (a filter put under its name replaces it, as on AWS).</summary>
    private async Task<(AwsSession Session, string Account)> EmptyAccountAsync()
    {
        using (var seeding = await MotoAws.NewAccountAsync(moto, out var account))
        {
            await AuditAccountSeeder.SeedAsync(seeding, account, new AuditScenario { FilterPattern = null, Alarm = false });
            return (await MotoAws.BehindRulesAsync(moto, account), account);
        }
    }

    private static FixSettings Settings => new() { Subscribers = [Subscriber.Parse("email:secops@example.com")], Controls = [.. MetricControls.Select(c => c.Id)] };

    [Fact]
    public async Task One_apply_puts_the_section_in_place_and_breaking_each_filter_fails_only_its_control()
    {
        var (session, account) = await EmptyAccountAsync();
        using var _ = session;
        var empty = await ReadAsync(session, account);
        Assert.All(MetricControls, c => Assert.Equal(Status.Fail, Benchmark.Evaluate(c, empty).Status));

        await ApplyAsync(session, account, Settings);
        var fixedAccount = await ReadAsync(session, account);
        Assert.DoesNotContain(Failing(Benchmark, fixedAccount), f => !f.StartsWith("config-records-cloudtrail:", StringComparison.Ordinal));

        var logs = session.Logs(Home);
        foreach (var control in MetricControls)
        {
            var filter = fixedAccount.MetricFilters.Single(f => f.Transformations.Any(t => t.MetricName == control.DefaultMetricName));
            await PutPatternAsync(logs, filter, "{ $.eventName = \"NoSuchCall\" }");
            var failing = Failing(Benchmark, await ReadAsync(session, account)).Where(f => !f.StartsWith("config-records-cloudtrail:", StringComparison.Ordinal)).ToList();
            await PutPatternAsync(logs, filter, filter.Pattern);

            if (CoveredByAnother(control))
            {
                Assert.Empty(failing);
                continue;
            }

            Assert.True(failing.Count == 1 && failing[0].StartsWith(control.Id + ":", StringComparison.Ordinal), $"breaking {control.Id} ({filter.FilterName}) failed: [{string.Join(" | ", failing)}]");
        }
    }

    [Fact]
    public async Task A_high_risk_only_apply_fails_under_the_benchmark_and_passes_when_accepted()
    {
        var (session, account) = await EmptyAccountAsync();
        using var _ = session;

        await ApplyAsync(session, account, Settings with { HighRiskOnly = true });
        var snapshot = await ReadAsync(session, account);

        var withVariant = MetricControls.Where(c => c.HighRisk is not null).Select(c => c.Id).ToHashSet();
        var failing = MetricControls.Select(c => Benchmark.Evaluate(c, snapshot)).Where(f => f.Status != Status.Pass).ToList();
        Assert.Equal(withVariant.Order(), failing.Select(f => f.ControlId).Order());
        Assert.All(failing, f => Assert.Contains("--accept high-risk-only", f.Reason, StringComparison.Ordinal));
        Assert.All(MetricControls, c => Assert.Equal(Status.Pass, Accepting.Evaluate(c, snapshot).Status));
    }

    private static async Task PutPatternAsync(LogsClient logs, MetricFilter filter, string pattern) => await logs.PutMetricFilterAsync(new PutMetricFilterRequest
    {
        LogGroupName = filter.LogGroupName,
        FilterName = filter.FilterName,
        FilterPattern = pattern,
        MetricTransformations = [.. filter.Transformations.Select(t => new TrailAlarm.Aws.Logs.MetricTransformation { MetricName = t.MetricName, MetricNamespace = t.MetricNamespace, MetricValue = t.MetricValue })],
    });
}
