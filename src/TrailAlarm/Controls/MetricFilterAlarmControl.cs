using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// The one generic monitoring control, driven by a catalogue row: every chain trail → log group → metric filter that
/// covers the required events → alarm that fires on one event → SNS action → topic → confirmed subscriber.
/// PASS when any chain passes (or an EventBridge rule compensates); otherwise the most telling chain explains why.
/// </summary>
public sealed class MetricFilterAlarmControl
{
    private readonly Control control;
    private readonly FilterCoverageCheck coverage;
    private readonly IReadOnlyList<RequiredEvent> required;

    public MetricFilterAlarmControl(Control control, ControlSamples samples)
        : this(control, samples, AcceptedVariants.None)
    {
    }

    public MetricFilterAlarmControl(Control control, ControlSamples samples, AcceptedVariants accepted)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(samples);
        this.control = control;
        ArgumentNullException.ThrowIfNull(accepted);
        coverage = new FilterCoverageCheck(control, samples, accepted);
        required = RequiredEvent.From(samples.Required);
    }

    public Finding Evaluate(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var chains = TrailChains.All(snapshot, required).SelectMany(c => FromLogGroup(c, snapshot)).ToList();
        var passing = chains.Where(c => c.Status == Status.Pass).ToList();
        if (passing.Count > 0)
        {
            var best = passing.FirstOrDefault(c => !HasWarning(c)) ?? passing[0];
            var warning = best.Steps.FirstOrDefault(s => s.Detail.StartsWith("warning:", StringComparison.Ordinal));
            var reason = "the whole chain is in place: trail, log group, metric filter, alarm, topic and a confirmed subscriber"
                + (warning is null ? "" : $" ({warning.Detail})");
            return FindingFactory.Of(control, snapshot, Status.Pass, best, reason);
        }

        var deciding = Decide(chains);
        if (EventBridgeAlternative.Find(snapshot, required) is { } alternative)
        {
            var steps = new Chain([.. deciding.Steps, .. alternative.Steps], alternative.Region, alternative.Resource);
            return FindingFactory.Of(control, snapshot, Status.Pass, steps, "compensating control: " + alternative.Steps[^1].Detail);
        }

        var stopper = deciding.Stopper!;
        if (deciding.Status == Status.Fail && EventBridgeAlternative.UnreadableRules(snapshot) is { } gap)
        {
            // A compensating rule cannot be ruled out, so the failing chain is not the whole answer.
            var unknown = deciding.Unknown(StepNames.EventBridge, $"could not read the EventBridge rules that might compensate: {gap}");
            return FindingFactory.Of(control, snapshot, Status.Unknown, unknown, $"{stopper.Detail}; and EventBridge rules could not be read ({gap.Call}: {gap.ErrorCode}), so a compensating rule cannot be ruled out");
        }

        return FindingFactory.Of(control, snapshot, deciding.Status, deciding, stopper.Detail);
    }

    private static bool HasWarning(Chain c) => c.Steps.Any(s => s.Detail.StartsWith("warning:", StringComparison.Ordinal));

    /// <summary>NOT_APPLICABLE beats UNKNOWN beats FAIL; within a status the chain that got furthest explains best.</summary>
    private static Chain Decide(List<Chain> chains)
    {
        foreach (var status in new[] { Status.NotApplicable, Status.Unknown, Status.Fail })
        {
            var candidates = chains.Where(c => c.Status == status).ToList();
            if (candidates.Count > 0)
            {
                return candidates.MaxBy(c => c.Depth)!;
            }
        }

        throw new InvalidOperationException("a chain search produced no chain");
    }

    private IEnumerable<Chain> FromLogGroup(Chain chain, AccountSnapshot snapshot)
    {
        if (chain.Status != Status.Pass)
        {
            yield return chain;
            yield break;
        }

        var region = chain.Region;
        var logGroup = ArnParts.TryParse(chain.Resource, out var arn) ? arn.LogGroupName ?? chain.Resource : chain.Resource;
        var filters = snapshot.MetricFilters.Where(f => f.Region == region && f.LogGroupName == logGroup).ToList();
        if (filters.Count == 0)
        {
            yield return snapshot.FindGap(Calls.DescribeMetricFilters, region, logGroup) is { } gap
                ? chain.Unknown(StepNames.MetricFilter, $"could not read the metric filters of {logGroup}: {gap}")
                : chain.Fail(StepNames.MetricFilter, $"log group {logGroup} in {region} has no metric filter");
            yield break;
        }

        // Stable order, fewest missed events first: among failing filters the closest one explains the finding.
        foreach (var (filter, (status, detail, _)) in filters.Select(f => (f, coverage.Assess(f))).OrderBy(x => x.Item2.Missed))
        {
            var withFilter = chain.Then(StepNames.MetricFilter, status, detail, resource: $"{logGroup}:{filter.FilterName}");
            if (status != Status.Pass)
            {
                yield return withFilter;
                continue;
            }

            foreach (var metric in filter.Transformations)
            {
                foreach (var c in FromMetric(withFilter, metric, snapshot))
                {
                    yield return c;
                }
            }
        }
    }

    private static IEnumerable<Chain> FromMetric(Chain chain, MetricTransformation metric, AccountSnapshot snapshot)
    {
        var alarms = snapshot.Alarms.Where(a => a.Region == chain.Region && AlarmFiring.Watches(a, metric)).ToList();
        if (alarms.Count == 0)
        {
            yield return snapshot.FindGap(Calls.DescribeAlarms, chain.Region) is { } gap
                ? chain.Unknown(StepNames.Alarm, $"could not read the alarms in {chain.Region}: {gap}")
                : chain.Fail(StepNames.Alarm, $"no alarm in {chain.Region} watches metric {metric.MetricNamespace}/{metric.MetricName}");
            yield break;
        }

        foreach (var alarm in alarms)
        {
            var (status, detail) = AlarmFiring.Judge(alarm, metric);
            var withAlarm = chain.Then(StepNames.Alarm, status, detail, resource: alarm.Arn ?? alarm.Name);
            if (status != Status.Pass)
            {
                yield return withAlarm;
                continue;
            }

            foreach (var c in NotificationPath.FromAlarm(withAlarm, alarm, snapshot))
            {
                yield return c;
            }
        }
    }
}
