using System.Globalization;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// Would this alarm go to ALARM on a single matching event? Deviations from the CIS values are notes; only what stops
/// the alarm firing on one event fails, and what cannot be known from the configuration is UNKNOWN.
/// </summary>
internal static class AlarmFiring
{
    /// <summary>Does the alarm watch the metric the filter publishes (name and namespace; metric math included)?</summary>
    public static bool Watches(MetricAlarm alarm, MetricTransformation metric)
        => alarm.IsMetricMath
            ? alarm.Metrics.Any(q => q.MetricStat is { } s && s.MetricName == metric.MetricName && s.Namespace == metric.MetricNamespace)
            : alarm.MetricName == metric.MetricName && alarm.Namespace == metric.MetricNamespace;

    public static (Status Status, string Detail) Judge(MetricAlarm alarm, MetricTransformation metric)
    {
        var watched = WatchedMetric.Of(alarm, metric);
        var prefix = $"alarm '{alarm.Name}'";
        if (watched.Problem is { } problem)
        {
            return (Status.Unknown, $"{prefix}: {problem}");
        }

        if (DimensionMismatch(watched.Dimensions, metric) is { } mismatch)
        {
            return (Status.Fail, $"{prefix} never sees the filter's data: {mismatch}");
        }

        // PutMetricAlarm: an alarm whose unit is not the one the metric is published with stays in INSUFFICIENT_DATA.
        // A metric filter without a unit publishes "None".
        if (watched.Unit is { } unit && unit != (metric.Unit ?? "None"))
        {
            return (Status.Fail, $"{prefix} asks for unit {unit} but the filter publishes {metric.Unit ?? "None (no unit set)"}, so the alarm never sees the data and stays in INSUFFICIENT_DATA");
        }

        if (!double.TryParse(metric.MetricValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var perEvent))
        {
            return (Status.Unknown, $"{prefix}: the filter publishes '{metric.MetricValue}' per event, so whether one event reaches the threshold depends on the event");
        }

        if (PeriodValue.Range(watched.Statistic, perEvent, metric.DefaultValue) is not { } range)
        {
            return (Status.Unknown, $"{prefix}: statistic {watched.Statistic} with default value {metric.DefaultValue} cannot be judged for one event");
        }

        var (status, why) = Breaches(alarm, watched, range);
        if (status != Status.Pass)
        {
            return (status, $"{prefix} does not fire on a single event: {why}");
        }

        var notes = CisDeviations(alarm, watched);
        return (Status.Pass, $"{prefix} fires on a single event ({alarm.ComparisonOperator} {Num(alarm.Threshold)}, {watched.Statistic}){notes}");
    }

    private static (Status, string) Breaches(MetricAlarm alarm, WatchedMetric watched, (double Lo, double Hi) range)
    {
        if (alarm.ThresholdMetricId is not null || alarm.ComparisonOperator.Contains("Upper", StringComparison.Ordinal) || alarm.ComparisonOperator.Contains("Lower", StringComparison.Ordinal))
        {
            return (Status.Unknown, "an anomaly-detection band moves with the data, so one event is not certain to cross it");
        }

        if (alarm.Threshold is not { } threshold)
        {
            return (Status.Unknown, "it has no static threshold");
        }

        double? lo = range.Lo, hi = range.Hi;
        if (watched.Expression is { } expression)
        {
            lo = MetricMath.Evaluate(expression, new Dictionary<string, double> { [watched.Id!] = range.Lo });
            hi = MetricMath.Evaluate(expression, new Dictionary<string, double> { [watched.Id!] = range.Hi });
            if (lo is null || hi is null)
            {
                return (Status.Unknown, $"the metric-math expression '{expression}' depends on other metrics or functions that cannot be judged from the configuration");
            }
        }

        bool Holds(double x) => alarm.ComparisonOperator switch
        {
            "GreaterThanOrEqualToThreshold" => x >= threshold,
            "GreaterThanThreshold" => x > threshold,
            "LessThanThreshold" => x < threshold,
            "LessThanOrEqualToThreshold" => x <= threshold,
            _ => false,
        };
        if (!Holds(lo.Value) || !Holds(hi.Value))
        {
            var value = lo == hi ? Num(lo) : $"between {Num(lo)} and {Num(hi)}";
            return (Status.Fail, $"one event gives {watched.Statistic} = {value} per period, which is not {alarm.ComparisonOperator} {Num(threshold)}");
        }

        var needed = alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods;
        if (needed <= 1)
        {
            return (Status.Pass, "");
        }

        return alarm.TreatMissingData switch
        {
            "breaching" => (Status.Pass, ""),
            "notBreaching" => (Status.Fail, $"it needs {needed} breaching periods and treats the empty periods around one event as not breaching"),
            _ => (Status.Unknown, $"it needs {needed} of {alarm.EvaluationPeriods} breaching periods while one event fills only one (missing data: {alarm.TreatMissingData ?? "missing"}); set DatapointsToAlarm to 1"),
        };
    }

    private static string? DimensionMismatch(IReadOnlyDictionary<string, string> alarmDims, MetricTransformation metric)
    {
        var published = metric.Dimensions.Keys.Order(StringComparer.Ordinal).ToList();
        var watched = alarmDims.Keys.Order(StringComparer.Ordinal).ToList();
        if (published.SequenceEqual(watched))
        {
            return null;
        }

        static string Names(List<string> names) => names.Count == 0 ? "no dimensions" : "dimensions " + string.Join(", ", names);
        return $"the filter publishes {metric.MetricNamespace}/{metric.MetricName} with {Names(published)}, the alarm watches it with {Names(watched)}";
    }

    private static string CisDeviations(MetricAlarm alarm, WatchedMetric watched)
    {
        var notes = new List<string>();
        if (watched.Statistic != "Sum")
        {
            notes.Add($"statistic {watched.Statistic} (CIS: Sum)");
        }

        if (watched.Period is { } p && p != 300)
        {
            notes.Add($"period {p} s (CIS: 300)");
        }

        if (alarm.Threshold is { } t && t != 1)
        {
            notes.Add($"threshold {Num(t)} (CIS: 1)");
        }

        if (alarm.EvaluationPeriods != 1)
        {
            notes.Add($"{alarm.EvaluationPeriods} evaluation periods (CIS: 1)");
        }

        if (alarm.ComparisonOperator != "GreaterThanOrEqualToThreshold")
        {
            notes.Add($"{alarm.ComparisonOperator} (CIS: GreaterThanOrEqualToThreshold)");
        }

        if (watched.Dimensions.Count > 0)
        {
            notes.Add("dimension values are per event and were not checked");
        }

        return notes.Count == 0 ? "" : "; differs from CIS: " + string.Join(", ", notes);
    }

    private static string Num(double? x) => x?.ToString("0.###", CultureInfo.InvariantCulture) ?? "none";
}
