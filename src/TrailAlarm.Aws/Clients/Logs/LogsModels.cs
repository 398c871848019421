namespace TrailAlarm.Aws.Logs;

// Shapes from botocore logs/2014-03-28. Every wire name is camelCase (the JSON context's naming policy).
// Times are epoch milliseconds (long), as the service sends them.

public sealed record LogGroup
{
    public string? LogGroupName { get; init; }
    public long? CreationTime { get; init; }
    public int? RetentionInDays { get; init; }
    public int? MetricFilterCount { get; init; }
    public string? Arn { get; init; }
    public string? LogGroupArn { get; init; }
    public string? KmsKeyId { get; init; }
    public string? LogGroupClass { get; init; }
}

public sealed record DescribeLogGroupsRequest
{
    public string? LogGroupNamePrefix { get; init; }
    public string? LogGroupNamePattern { get; init; }
    public string? NextToken { get; init; }
    public int? Limit { get; init; }
}

public sealed record DescribeLogGroupsResponse
{
    public IReadOnlyList<LogGroup> LogGroups { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record MetricTransformation
{
    public required string MetricName { get; init; }
    public required string MetricNamespace { get; init; }
    public required string MetricValue { get; init; }
    public double? DefaultValue { get; init; }
    public IReadOnlyDictionary<string, string>? Dimensions { get; init; }
    public string? Unit { get; init; }
}

public sealed record MetricFilter
{
    public string? FilterName { get; init; }
    public string? FilterPattern { get; init; }
    public IReadOnlyList<MetricTransformation> MetricTransformations { get; init; } = [];
    public long? CreationTime { get; init; }
    public string? LogGroupName { get; init; }
    public bool? ApplyOnTransformedLogs { get; init; }
    public string? FieldSelectionCriteria { get; init; }
    public IReadOnlyList<string>? EmitSystemFieldDimensions { get; init; }
}

public sealed record DescribeMetricFiltersRequest
{
    public string? LogGroupName { get; init; }
    public string? FilterNamePrefix { get; init; }
    public string? NextToken { get; init; }
    public int? Limit { get; init; }
    public string? MetricName { get; init; }
    public string? MetricNamespace { get; init; }
}

public sealed record DescribeMetricFiltersResponse
{
    public IReadOnlyList<MetricFilter> MetricFilters { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record PutMetricFilterRequest
{
    public required string LogGroupName { get; init; }
    public required string FilterName { get; init; }
    public required string FilterPattern { get; init; }
    public required IReadOnlyList<MetricTransformation> MetricTransformations { get; init; }
    public bool? ApplyOnTransformedLogs { get; init; }
    public string? FieldSelectionCriteria { get; init; }
    public IReadOnlyList<string>? EmitSystemFieldDimensions { get; init; }
}

public sealed record DeleteMetricFilterRequest(string LogGroupName, string FilterName);

public sealed record TestMetricFilterRequest(string FilterPattern, IReadOnlyList<string> LogEventMessages);

public sealed record MetricFilterMatchRecord
{
    public long? EventNumber { get; init; }
    public string? EventMessage { get; init; }
    public IReadOnlyDictionary<string, string>? ExtractedValues { get; init; }
}

public sealed record TestMetricFilterResponse
{
    public IReadOnlyList<MetricFilterMatchRecord> Matches { get; init; } = [];
}

public sealed record CreateLogGroupRequest
{
    public required string LogGroupName { get; init; }
    public string? KmsKeyId { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

public sealed record DeleteLogGroupRequest(string LogGroupName);

public sealed record PutRetentionPolicyRequest(string LogGroupName, int RetentionInDays);

public sealed record LogsEmptyResponse;
