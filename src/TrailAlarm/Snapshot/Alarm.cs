namespace TrailAlarm.Snapshot;

/// <summary>A CloudWatch metric alarm: on a single metric, or metric math over <see cref="Metrics"/>.</summary>
public sealed record MetricAlarm
{
    public required string Region { get; init; }

    public required string Name { get; init; }

    public string? Arn { get; init; }

    public string? MetricName { get; init; }

    public string? Namespace { get; init; }

    public IReadOnlyDictionary<string, string> Dimensions { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>The unit the alarm asks for; null sees data of every unit.</summary>
    public string? Unit { get; init; }

    public string? Statistic { get; init; }

    public string? ExtendedStatistic { get; init; }

    public int? Period { get; init; }

    public double? Threshold { get; init; }

    public required string ComparisonOperator { get; init; }

    public required int EvaluationPeriods { get; init; }

    public int? DatapointsToAlarm { get; init; }

    public string? TreatMissingData { get; init; }

    public required bool ActionsEnabled { get; init; }

    public IReadOnlyList<string> AlarmActions { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> OkActions { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> InsufficientDataActions { get; init => field = value ?? []; } = [];

    public string? Description { get; init; }

    /// <summary>The metric-math queries; empty for an alarm on a single metric.</summary>
    public IReadOnlyList<AlarmMetricQuery> Metrics { get; init => field = value ?? []; } = [];

    public string? ThresholdMetricId { get; init; }

    public string? StateValue { get; init; }

    public bool IsMetricMath => Metrics.Count > 0;
}

public sealed record AlarmMetricQuery
{
    public required string Id { get; init; }

    public string? Expression { get; init; }

    public AlarmMetricStat? MetricStat { get; init; }

    public required bool ReturnData { get; init; }

    public int? Period { get; init; }
}

public sealed record AlarmMetricStat
{
    public required string MetricName { get; init; }

    public required string Namespace { get; init; }

    public IReadOnlyDictionary<string, string> Dimensions { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    public int Period { get; init; }

    public required string Stat { get; init; }

    public string? Unit { get; init; }
}
