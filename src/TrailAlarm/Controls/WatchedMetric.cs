using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>How an alarm looks at the filter's metric: statistic, period, dimensions, and the math around it.</summary>
internal sealed record WatchedMetric(string Statistic, int? Period, IReadOnlyDictionary<string, string> Dimensions, string? Id, string? Expression, string? Problem)
{
    /// <summary>The unit the alarm asks for (null: any unit).</summary>
    public string? Unit { get; init; }

    public static WatchedMetric Of(MetricAlarm alarm, MetricTransformation metric)
    {
        if (!alarm.IsMetricMath)
        {
            return new WatchedMetric(alarm.Statistic ?? alarm.ExtendedStatistic ?? "Sum", alarm.Period, alarm.Dimensions, null, null, null) { Unit = alarm.Unit };
        }

        var query = alarm.Metrics.First(q => q.MetricStat is { } s && s.MetricName == metric.MetricName && s.Namespace == metric.MetricNamespace);
        var stat = query.MetricStat!;
        var returned = alarm.Metrics.Where(q => q.ReturnData).ToList();
        if (returned.Count != 1)
        {
            return new WatchedMetric(stat.Stat, stat.Period, stat.Dimensions, query.Id, null, $"metric math with {returned.Count} returned series cannot be judged") { Unit = stat.Unit };
        }

        var expression = returned[0].Id == query.Id ? null : returned[0].Expression;
        if (returned[0].Id != query.Id && expression is null)
        {
            return new WatchedMetric(stat.Stat, stat.Period, stat.Dimensions, query.Id, null, $"the alarm evaluates '{returned[0].Id}', which is another metric") { Unit = stat.Unit };
        }

        return new WatchedMetric(stat.Stat, stat.Period, stat.Dimensions, query.Id, expression, null) { Unit = stat.Unit };
    }
}
