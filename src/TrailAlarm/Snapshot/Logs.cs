namespace TrailAlarm.Snapshot;

public sealed record LogGroup
{
    public required string Region { get; init; }

    public required string Name { get; init; }

    public string? Arn { get; init; }

    public string? KmsKeyId { get; init; }
}

public sealed record MetricFilter
{
    public required string Region { get; init; }

    public required string LogGroupName { get; init; }

    public required string FilterName { get; init; }

    public required string Pattern { get; init; }

    public IReadOnlyList<MetricTransformation> Transformations { get; init => field = value ?? []; } = [];

    public bool ApplyOnTransformedLogs { get; init; }

    public string? FieldSelectionCriteria { get; init; }

    public IReadOnlyList<string> EmitSystemFieldDimensions { get; init => field = value ?? []; } = [];
}

public sealed record MetricTransformation
{
    public required string MetricName { get; init; }

    public required string MetricNamespace { get; init; }

    /// <summary>A number ("1") or a reference into the event ("$.field").</summary>
    public required string MetricValue { get; init; }

    public double? DefaultValue { get; init; }

    /// <summary>Dimension name to event field reference.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    public string? Unit { get; init; }
}
