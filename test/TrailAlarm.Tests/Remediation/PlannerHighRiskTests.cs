using TrailAlarm.Catalogue;
using TrailAlarm.Remediation;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>plan --high-risk-only writes each control's variant pattern, keeps a variant filter already in place, and says what it did.</summary>
public sealed class PlannerHighRiskTests
{
    private const string CloudTrail = "cloudtrail-changes-monitored";
    private const string Mfa = "console-signin-without-mfa-monitored";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly FixSettings Email = new() { Subscribers = [Subscriber.Parse("email:sec@example.com")], Controls = [CloudTrail, Mfa] };

    private static Change FilterOf(Plan plan, string control) => Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.MetricFilter && c.Because.Contains(control));

    [Fact]
    public void High_risk_only_writes_the_variant_pattern_and_the_benchmark_pattern_where_there_is_none()
    {
        var plan = Planner.Default().Plan(Accounts.TrailOnly(), Email with { HighRiskOnly = true }, Now);

        Assert.Equal(ControlCatalogue.Default.Find(CloudTrail)!.HighRisk!.Pattern, FilterOf(plan, CloudTrail).After![Attr.Pattern]);
        Assert.Null(ControlCatalogue.Default.Find(Mfa)!.HighRisk);
        Assert.Equal(ControlCatalogue.Default.Find(Mfa)!.ReferencePattern, FilterOf(plan, Mfa).After![Attr.Pattern]);
        var note = Assert.Single(plan.Notes, n => n.StartsWith("--high-risk-only", StringComparison.Ordinal));
        Assert.Contains("--accept high-risk-only", note, StringComparison.Ordinal);
        Assert.Contains($"{Mfa} has no high-risk variant", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_filter_in_place_is_kept_with_high_risk_only_and_replaced_without()
    {
        var variant = ControlCatalogue.Default.Find(CloudTrail)!.HighRisk!.Pattern;
        var metric = ControlCatalogue.Default.Find(CloudTrail)!.DefaultMetricName!;
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter(metric, variant, metric)],
            Alarms = [Accounts.Alarm("ct-alarm", metric, actionsEnabled: true, Accounts.TopicArn)],
            Topics = [Accounts.Topic()],
        };
        var only = Email with { Controls = [CloudTrail] };

        Assert.Empty(Planner.Default().Plan(snapshot, only with { HighRiskOnly = true }, Now).Changes);
        var benchmark = FilterOf(Planner.Default().Plan(snapshot, only, Now), CloudTrail);
        Assert.Equal(ChangeAction.Update, benchmark.Action);
        Assert.Equal(ControlCatalogue.Default.Find(CloudTrail)!.ReferencePattern, benchmark.After![Attr.Pattern]);
    }

    [Fact]
    public void A_saved_high_risk_only_plan_passes_the_plan_file_checks()
    {
        var plan = Planner.Default().Plan(Accounts.TrailOnly(), Email with { HighRiskOnly = true }, Now);
        var path = Path.Combine(Path.GetTempPath(), $"high-risk-plan-{Guid.NewGuid():N}.json");
        try
        {
            PlanFile.Save(path, plan);
            Assert.Equal(FilterOf(plan, CloudTrail).After![Attr.Pattern], FilterOf(PlanFile.Load(path), CloudTrail).After![Attr.Pattern]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
