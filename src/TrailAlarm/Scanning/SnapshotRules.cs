using TrailAlarm.FilterPatterns;
using TrailAlarm.Simulation;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Scanning;

/// <summary>
/// One of the account's own metric filters as a scan rule, with the alarm on its metric: <paramref name="Settings"/>
/// is null when there is no alarm the simulator can replay, and <paramref name="Note"/> then says why.
/// </summary>
public sealed record SnapshotRule(ScanRule Rule, AlarmSettings? Settings, string? AlarmName, string? Note);

/// <summary>
/// Turns an audit snapshot into scan rules: every metric filter of every account (its pattern and metric value),
/// paired with each alarm on the filter's metric (same region, metric name and namespace) and that alarm's settings.
/// Rule ids read ACCOUNT/REGION/LOG_GROUP:FILTER, plus /ALARM when the filter has an alarm.
/// </summary>
public static class SnapshotRules
{
    public static IReadOnlyList<SnapshotRule> From(SnapshotDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rules = new List<SnapshotRule>();
        foreach (var account in document.Accounts)
        {
            foreach (var filter in account.MetricFilters)
            {
                var id = $"{account.Account}/{filter.Region}/{filter.LogGroupName}:{filter.FilterName}";
                if (FilterPattern.Parse(filter.Pattern).Pattern is not { } pattern)
                {
                    continue;
                }

                var transformation = filter.Transformations.Count > 0 ? filter.Transformations[0] : null;
                var rule = new ScanRule(id, pattern, transformation?.MetricValue ?? "1");
                var alarms = transformation is null ? [] : account.Alarms
                    .Where(a => a.Region == filter.Region && a.MetricName == transformation.MetricName && a.Namespace == transformation.MetricNamespace)
                    .ToList();
                if (alarms.Count == 0)
                {
                    rules.Add(new SnapshotRule(rule, null, null, "no alarm on its metric"));
                    continue;
                }

                foreach (var alarm in alarms)
                {
                    var (settings, note) = Settings(alarm);
                    rules.Add(new SnapshotRule(rule with { Id = $"{id}/{alarm.Name}" }, settings, alarm.Name, note));
                }
            }
        }

        return rules;
    }

    /// <summary>The simulator's settings for an alarm, or why it cannot be replayed.</summary>
    public static (AlarmSettings? Settings, string? Note) Settings(MetricAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        if (alarm.IsMetricMath || alarm.ExtendedStatistic is not null)
        {
            return (null, "metric-math and percentile alarms are not simulated");
        }

        if (!Enum.TryParse<AlarmStatistic>(alarm.Statistic, out var statistic) || !Enum.TryParse<AlarmComparison>(alarm.ComparisonOperator, out var comparison)
            || alarm.Period is not { } period || alarm.Threshold is not { } threshold)
        {
            return (null, $"alarm settings not simulated (statistic {alarm.Statistic}, comparison {alarm.ComparisonOperator})");
        }

        var missing = alarm.TreatMissingData switch
        {
            "notBreaching" => MissingData.NotBreaching,
            "breaching" => MissingData.Breaching,
            "ignore" => MissingData.Ignore,
            _ => MissingData.Missing,
        };
        var settings = new AlarmSettings(statistic, period, threshold, comparison, alarm.EvaluationPeriods, alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods, missing);
        return settings.Problem() is { } problem ? (null, problem) : (settings, null);
    }
}
