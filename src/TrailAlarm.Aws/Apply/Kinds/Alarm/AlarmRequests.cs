using System.Globalization;
using TrailAlarm.Remediation;
using Cw = TrailAlarm.Aws.CloudWatch;

namespace TrailAlarm.Aws.Apply;

/// <summary>PutMetricAlarm requests: an alarm exactly as it was (for restoring), or with the plan's settings laid over it.</summary>
internal static class AlarmRequests
{
    public static Cw.PutMetricAlarmRequest Restore(Cw.MetricAlarm a) => new()
    {
        AlarmName = a.AlarmName!,
        AlarmDescription = a.AlarmDescription,
        ActionsEnabled = a.ActionsEnabled,
        OkActions = a.OkActions,
        AlarmActions = a.AlarmActions,
        InsufficientDataActions = a.InsufficientDataActions,
        MetricName = a.MetricName,
        Namespace = a.Namespace,
        Statistic = a.Statistic,
        ExtendedStatistic = a.ExtendedStatistic,
        Dimensions = a.Dimensions,
        Period = a.Period,
        Unit = a.Unit,
        EvaluationPeriods = a.EvaluationPeriods ?? 1,
        DatapointsToAlarm = a.DatapointsToAlarm,
        Threshold = a.Threshold,
        ComparisonOperator = a.ComparisonOperator ?? "GreaterThanOrEqualToThreshold",
        TreatMissingData = a.TreatMissingData,
        EvaluateLowSampleCountPercentile = a.EvaluateLowSampleCountPercentile,
        Metrics = a.Metrics is { Count: > 0 } m ? m : null,
        ThresholdMetricId = a.ThresholdMetricId,
    };

    /// <summary>
    /// The plan's settings over <paramref name="current"/>: its description, OK and insufficient-data actions,
    /// dimensions and unit are kept; a percentile statistic gives way to the planned one, and M-of-N datapoints
    /// are kept only while they fit the planned evaluation periods.
    /// </summary>
    public static Cw.PutMetricAlarmRequest Desired(IReadOnlyDictionary<string, string> after, Cw.MetricAlarm? current)
    {
        var basis = current is null
            ? new Cw.PutMetricAlarmRequest { AlarmName = after[Attr.AlarmName], EvaluationPeriods = 1, ComparisonOperator = "", AlarmDescription = "Raised by calls that change CloudTrail or AWS Config (CIS monitoring); set up by trailalarm." }
            : Restore(current);
        var periods = int.Parse(after[Attr.EvaluationPeriods], CultureInfo.InvariantCulture);
        return basis with
        {
            AlarmName = after[Attr.AlarmName],
            MetricName = after[Attr.MetricName],
            Namespace = after[Attr.MetricNamespace],
            Dimensions = after.TryGetValue(Attr.Dimensions, out var dims) ? Dimensions(dims) : basis.Dimensions,
            Unit = after.TryGetValue(Attr.Unit, out var unit) ? (unit.Length == 0 ? null : unit) : basis.Unit,
            Statistic = after[Attr.Statistic],
            ExtendedStatistic = null,
            EvaluateLowSampleCountPercentile = null,
            Period = int.Parse(after[Attr.Period], CultureInfo.InvariantCulture),
            Threshold = double.Parse(after[Attr.Threshold], CultureInfo.InvariantCulture),
            ComparisonOperator = after[Attr.ComparisonOperator],
            EvaluationPeriods = periods,
            DatapointsToAlarm = basis.DatapointsToAlarm <= periods ? basis.DatapointsToAlarm : null,
            TreatMissingData = after[Attr.TreatMissingData],
            ActionsEnabled = after[Attr.ActionsEnabled] == "true",
            AlarmActions = Attr.Split(after[Attr.AlarmActions]),
            Metrics = null,
            ThresholdMetricId = null,
        };
    }

    /// <summary>The plan's dimension text ("" or a JSON object of name to value) as request dimensions.</summary>
    private static List<Cw.Dimension>? Dimensions(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(text);
        return [.. json.RootElement.EnumerateObject().Select(p => new Cw.Dimension(p.Name, p.Value.GetString() ?? ""))];
    }
}
