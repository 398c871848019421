using System.Text.Json.Serialization;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.CloudWatch;

// Shapes from botocore cloudwatch/2010-08-01, sent as awsJson1_0 (PascalCase wire names, epoch-second timestamps).

public sealed record Dimension(string Name, string Value);

public sealed record Metric
{
    public string? Namespace { get; init; }
    public string? MetricName { get; init; }
    public IReadOnlyList<Dimension>? Dimensions { get; init; }
}

public sealed record MetricStat
{
    public required Metric Metric { get; init; }
    public required int Period { get; init; }
    public required string Stat { get; init; }
    public string? Unit { get; init; }
}

public sealed record MetricDataQuery
{
    public required string Id { get; init; }
    public MetricStat? MetricStat { get; init; }
    public string? Expression { get; init; }
    public string? Label { get; init; }
    public bool? ReturnData { get; init; }
    public int? Period { get; init; }
    public string? AccountId { get; init; }
}

public sealed record MetricAlarm
{
    public string? AlarmName { get; init; }
    public string? AlarmArn { get; init; }
    public string? AlarmDescription { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? AlarmConfigurationUpdatedTimestamp { get; init; }
    public bool? ActionsEnabled { get; init; }
    [JsonPropertyName("OKActions")] public IReadOnlyList<string>? OkActions { get; init; }
    public IReadOnlyList<string>? AlarmActions { get; init; }
    public IReadOnlyList<string>? InsufficientDataActions { get; init; }
    public string? StateValue { get; init; }
    public string? StateReason { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? StateUpdatedTimestamp { get; init; }
    public string? MetricName { get; init; }
    public string? Namespace { get; init; }
    public string? Statistic { get; init; }
    public string? ExtendedStatistic { get; init; }
    public IReadOnlyList<Dimension>? Dimensions { get; init; }
    public int? Period { get; init; }
    public string? Unit { get; init; }
    public int? EvaluationPeriods { get; init; }
    public int? DatapointsToAlarm { get; init; }
    public double? Threshold { get; init; }
    public string? ComparisonOperator { get; init; }
    public string? TreatMissingData { get; init; }
    public string? EvaluateLowSampleCountPercentile { get; init; }
    public IReadOnlyList<MetricDataQuery>? Metrics { get; init; }
    public string? ThresholdMetricId { get; init; }
}

public sealed record CompositeAlarm
{
    public string? AlarmName { get; init; }
    public string? AlarmArn { get; init; }
    public string? AlarmRule { get; init; }
    public bool? ActionsEnabled { get; init; }
    public IReadOnlyList<string>? AlarmActions { get; init; }
    [JsonPropertyName("OKActions")] public IReadOnlyList<string>? OkActions { get; init; }
    public IReadOnlyList<string>? InsufficientDataActions { get; init; }
    public string? StateValue { get; init; }
}

public sealed record DescribeAlarmsRequest
{
    public IReadOnlyList<string>? AlarmNames { get; init; }
    public string? AlarmNamePrefix { get; init; }
    public IReadOnlyList<string>? AlarmTypes { get; init; }
    public string? StateValue { get; init; }
    public string? ActionPrefix { get; init; }
    public int? MaxRecords { get; init; }
    public string? NextToken { get; init; }
}

public sealed record DescribeAlarmsResponse
{
    public IReadOnlyList<MetricAlarm> MetricAlarms { get; init; } = [];
    public IReadOnlyList<CompositeAlarm> CompositeAlarms { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record DescribeAlarmsForMetricRequest
{
    public required string MetricName { get; init; }
    public required string Namespace { get; init; }
    public string? Statistic { get; init; }
    public IReadOnlyList<Dimension>? Dimensions { get; init; }
    public int? Period { get; init; }
}

public sealed record DescribeAlarmsForMetricResponse
{
    public IReadOnlyList<MetricAlarm> MetricAlarms { get; init; } = [];
}

public sealed record Tag(string Key, string Value);

public sealed record PutMetricAlarmRequest
{
    public required string AlarmName { get; init; }
    public string? AlarmDescription { get; init; }
    public bool? ActionsEnabled { get; init; }
    [JsonPropertyName("OKActions")] public IReadOnlyList<string>? OkActions { get; init; }
    public IReadOnlyList<string>? AlarmActions { get; init; }
    public IReadOnlyList<string>? InsufficientDataActions { get; init; }
    public string? MetricName { get; init; }
    public string? Namespace { get; init; }
    public string? Statistic { get; init; }
    public IReadOnlyList<Dimension>? Dimensions { get; init; }
    public int? Period { get; init; }
    public string? Unit { get; init; }
    public required int EvaluationPeriods { get; init; }
    public int? DatapointsToAlarm { get; init; }
    public double? Threshold { get; init; }
    public required string ComparisonOperator { get; init; }
    public string? TreatMissingData { get; init; }
    public string? ExtendedStatistic { get; init; }
    public string? EvaluateLowSampleCountPercentile { get; init; }
    public IReadOnlyList<MetricDataQuery>? Metrics { get; init; }
    public string? ThresholdMetricId { get; init; }
    public IReadOnlyList<Tag>? Tags { get; init; }
}

public sealed record DeleteAlarmsRequest(IReadOnlyList<string> AlarmNames);

public sealed record SetAlarmStateRequest(string AlarmName, string StateValue, string StateReason);

public sealed record CloudWatchEmptyResponse;
