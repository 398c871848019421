using System.Globalization;
using System.Text.Json;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// A single-metric alarm as PutMetricAlarm takes it. The CIS settings are always attributes of a change; the rest
/// (description, OK and insufficient-data actions, datapoints, dimensions, unit) only when the alarm has them.
/// </summary>
public sealed record AlarmSettings
{
    public required string AlarmName { get; init; }

    public required string MetricName { get; init; }

    public required string Namespace { get; init; }

    public required string Statistic { get; init; }

    public required int Period { get; init; }

    public required int EvaluationPeriods { get; init; }

    public required double Threshold { get; init; }

    public required string ComparisonOperator { get; init; }

    public required string TreatMissingData { get; init; }

    public required bool ActionsEnabled { get; init; }

    public IReadOnlyList<string> AlarmActions { get; init; } = [];

    public IReadOnlyList<string> OkActions { get; init; } = [];

    public IReadOnlyList<string> InsufficientDataActions { get; init; } = [];

    public string Description { get; init; } = "";

    public int? DatapointsToAlarm { get; init; }

    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();

    public string Unit { get; init; } = "";

    public static AlarmSettings From(IReadOnlyDictionary<string, string> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        string A(string name) => a.TryGetValue(name, out var v) ? v : "";
        return new AlarmSettings
        {
            AlarmName = A(Attr.AlarmName),
            MetricName = A(Attr.MetricName),
            Namespace = A(Attr.MetricNamespace),
            Statistic = A(Attr.Statistic),
            Period = int.Parse(A(Attr.Period), CultureInfo.InvariantCulture),
            EvaluationPeriods = int.Parse(A(Attr.EvaluationPeriods), CultureInfo.InvariantCulture),
            Threshold = double.Parse(A(Attr.Threshold), CultureInfo.InvariantCulture),
            ComparisonOperator = A(Attr.ComparisonOperator),
            TreatMissingData = A(Attr.TreatMissingData),
            ActionsEnabled = A(Attr.ActionsEnabled) == "true",
            AlarmActions = Attr.Split(A(Attr.AlarmActions)),
            OkActions = Attr.Split(A(Attr.OkActions)),
            InsufficientDataActions = Attr.Split(A(Attr.InsufficientDataActions)),
            Description = A(Attr.AlarmDescription),
            DatapointsToAlarm = A(Attr.DatapointsToAlarm) is { Length: > 0 } d ? int.Parse(d, CultureInfo.InvariantCulture) : null,
            Dimensions = A(Attr.Dimensions) is { Length: > 0 } dims ? JsonSerializer.Deserialize(dims, RemediationJsonContext.Default.DictionaryStringString) ?? [] : new Dictionary<string, string>(),
            Unit = A(Attr.Unit),
        };
    }
}
