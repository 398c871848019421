using System.Globalization;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>The CIS alarm settings (Sum, 300 s, >= 1, one period, missing data not breaching) as change attributes.</summary>
internal static class AlarmSpec
{
    public const string Statistic = "Sum";
    public const string Period = "300";
    public const string Threshold = "1";
    public const string ComparisonOperator = "GreaterThanOrEqualToThreshold";
    public const string EvaluationPeriods = "1";
    public const string TreatMissingData = "notBreaching";

    public static Dictionary<string, string> Desired(string region, string name, MetricTransformation metric, IEnumerable<string> actions) => new()
    {
        [Attr.Region] = region,
        [Attr.AlarmName] = name,
        [Attr.MetricName] = metric.MetricName,
        [Attr.MetricNamespace] = metric.MetricNamespace,
        [Attr.Statistic] = Statistic,
        [Attr.Period] = Period,
        [Attr.Threshold] = Threshold,
        [Attr.ComparisonOperator] = ComparisonOperator,
        [Attr.EvaluationPeriods] = EvaluationPeriods,
        [Attr.TreatMissingData] = TreatMissingData,
        [Attr.ActionsEnabled] = "true",
        [Attr.AlarmActions] = Attr.Join(actions.Distinct()),
    };

    /// <summary>The same attributes read off an existing single-metric alarm.</summary>
    public static Dictionary<string, string> Of(MetricAlarm alarm) => new()
    {
        [Attr.Region] = alarm.Region,
        [Attr.AlarmName] = alarm.Name,
        [Attr.MetricName] = alarm.MetricName ?? "",
        [Attr.MetricNamespace] = alarm.Namespace ?? "",
        [Attr.Statistic] = alarm.Statistic ?? alarm.ExtendedStatistic ?? "",
        [Attr.Period] = alarm.Period?.ToString(CultureInfo.InvariantCulture) ?? "",
        [Attr.Threshold] = Number(alarm.Threshold),
        [Attr.ComparisonOperator] = alarm.ComparisonOperator,
        [Attr.EvaluationPeriods] = alarm.EvaluationPeriods.ToString(CultureInfo.InvariantCulture),
        [Attr.TreatMissingData] = alarm.TreatMissingData ?? "",
        [Attr.ActionsEnabled] = alarm.ActionsEnabled ? "true" : "false",
        [Attr.AlarmActions] = Attr.Join(alarm.AlarmActions),
    };

    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
