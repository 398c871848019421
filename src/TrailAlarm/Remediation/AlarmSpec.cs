using System.Globalization;
using System.Text.Json;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// The CIS alarm settings (Sum, 300 s, >= 1, one period, missing data not breaching) as change attributes, with the
/// dimensions and unit of the filter's metric: an alarm that asks for other dimensions or another unit sees no data.
/// </summary>
internal static class AlarmSpec
{
    public const string Statistic = "Sum";
    public const string Period = "300";
    public const string Threshold = "1";
    public const string ComparisonOperator = "GreaterThanOrEqualToThreshold";
    public const string EvaluationPeriods = "1";
    public const string TreatMissingData = "notBreaching";

    /// <summary>CloudWatch's StandardUnit values (botocore cloudwatch StandardUnit).</summary>
    private static readonly string[] Units =
    [
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits",
        "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second",
        "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
    ];

    public static readonly string[] Names =
    [
        Attr.Region, Attr.AlarmName, Attr.MetricName, Attr.MetricNamespace, Attr.Dimensions, Attr.Unit, Attr.Statistic, Attr.Period,
        Attr.Threshold, Attr.ComparisonOperator, Attr.EvaluationPeriods, Attr.TreatMissingData, Attr.ActionsEnabled, Attr.AlarmActions,
    ];

    /// <summary>
    /// The alarm on <paramref name="metric"/> (a metric the planner publishes without dimensions), laid over
    /// <paramref name="existing"/>. The unit stays when it is the one the filter publishes (None when the filter names
    /// none) and is dropped otherwise: an alarm without a unit sees data of every unit. PutMetricAlarm replaces the
    /// whole alarm, so its description and OK and insufficient-data actions are carried, and M-of-N datapoints while
    /// they still fit the CIS evaluation periods.
    /// </summary>
    public static Dictionary<string, string> Desired(string region, string name, MetricTransformation metric, IEnumerable<string> actions, MetricAlarm? existing)
    {
        var unit = existing?.Unit;
        var desired = new Dictionary<string, string>
        {
            [Attr.Region] = region,
            [Attr.AlarmName] = name,
            [Attr.MetricName] = metric.MetricName,
            [Attr.MetricNamespace] = metric.MetricNamespace,
            [Attr.Dimensions] = DimensionText(metric.Dimensions),
            [Attr.Unit] = unit is not null && unit == (metric.Unit ?? "None") ? unit : "",
            [Attr.Statistic] = Statistic,
            [Attr.Period] = Period,
            [Attr.Threshold] = Threshold,
            [Attr.ComparisonOperator] = ComparisonOperator,
            [Attr.EvaluationPeriods] = EvaluationPeriods,
            [Attr.TreatMissingData] = TreatMissingData,
            [Attr.ActionsEnabled] = "true",
            [Attr.AlarmActions] = Attr.Join(actions.Distinct()),
        };
        if (existing is not null)
        {
            var periods = int.Parse(EvaluationPeriods, CultureInfo.InvariantCulture);
            AddKept(desired, existing with { DatapointsToAlarm = existing.DatapointsToAlarm <= periods ? existing.DatapointsToAlarm : null });
        }

        return desired;
    }

    /// <summary>The same attributes read off an existing single-metric alarm.</summary>
    public static Dictionary<string, string> Of(MetricAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        var attributes = new Dictionary<string, string>
        {
            [Attr.Region] = alarm.Region,
            [Attr.AlarmName] = alarm.Name,
            [Attr.MetricName] = alarm.MetricName ?? "",
            [Attr.MetricNamespace] = alarm.Namespace ?? "",
            [Attr.Dimensions] = DimensionText(alarm.Dimensions),
            [Attr.Unit] = alarm.Unit ?? "",
            [Attr.Statistic] = alarm.Statistic ?? alarm.ExtendedStatistic ?? "",
            [Attr.Period] = alarm.Period?.ToString(CultureInfo.InvariantCulture) ?? "",
            [Attr.Threshold] = Number(alarm.Threshold),
            [Attr.ComparisonOperator] = alarm.ComparisonOperator,
            [Attr.EvaluationPeriods] = alarm.EvaluationPeriods.ToString(CultureInfo.InvariantCulture),
            [Attr.TreatMissingData] = alarm.TreatMissingData ?? "",
            [Attr.ActionsEnabled] = alarm.ActionsEnabled ? "true" : "false",
            [Attr.AlarmActions] = Attr.Join(alarm.AlarmActions),
        };
        AddKept(attributes, alarm);
        return attributes;
    }

    /// <summary>The settings plan never changes, as attributes only where the alarm has them.</summary>
    private static void AddKept(Dictionary<string, string> attributes, MetricAlarm alarm)
    {
        void Optional(string name, string value)
        {
            if (value.Length > 0)
            {
                attributes[name] = value;
            }
        }

        Optional(Attr.OkActions, Attr.Join(alarm.OkActions));
        Optional(Attr.InsufficientDataActions, Attr.Join(alarm.InsufficientDataActions));
        Optional(Attr.AlarmDescription, alarm.Description ?? "");
        Optional(Attr.DatapointsToAlarm, alarm.DatapointsToAlarm?.ToString(CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>Dimensions as one attribute: "" for none, else a JSON object with the names in order.</summary>
    public static string DimensionText(IReadOnlyDictionary<string, string> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count == 0)
        {
            return "";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in dimensions.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>What in a saved alarm change plan would not have written (see <see cref="ChangeValueRules"/>).</summary>
    public static string? Problem(ChangeView c)
    {
        var before = Attr.Split(c.Change.Before?.GetValueOrDefault(Attr.AlarmActions));
        var ownTopic = c.Arn("sns", "");
        var actions = Attr.Split(c[Attr.AlarmActions]);
        return c.Name(Attr.AlarmName, ChangeValueRules.MetricName()) ?? c.Name(Attr.MetricName, ChangeValueRules.MetricName())
            ?? c.Name(Attr.MetricNamespace, ChangeValueRules.MetricNamespace())
            ?? c.Is(Attr.Dimensions, "")
            ?? ChangeView.Need(c[Attr.Unit].Length == 0 || Units.Contains(c[Attr.Unit]), $"after.{Attr.Unit} '{c[Attr.Unit]}' is not a CloudWatch unit")
            ?? c.Is(Attr.Statistic, Statistic) ?? c.Is(Attr.Period, Period) ?? c.Is(Attr.Threshold, Threshold)
            ?? c.Is(Attr.ComparisonOperator, ComparisonOperator) ?? c.Is(Attr.EvaluationPeriods, EvaluationPeriods)
            ?? c.Is(Attr.TreatMissingData, TreatMissingData) ?? c.Is(Attr.ActionsEnabled, "true")
            ?? ChangeView.Need(actions.Any(a => a.StartsWith(ownTopic, StringComparison.Ordinal)), $"after.{Attr.AlarmActions} notifies no SNS topic of account {c.Plan.Account} in {c.Change.Region}")
            ?? (actions.FirstOrDefault(a => !before.Contains(a) && !(a.StartsWith(ownTopic, StringComparison.Ordinal) && ChangeValueRules.TopicName().IsMatch(a[ownTopic.Length..]))) is { } foreign
                ? $"after.{Attr.AlarmActions} adds '{foreign}', which is not an SNS topic of account {c.Plan.Account} in {c.Change.Region}"
                : null);
    }

    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
