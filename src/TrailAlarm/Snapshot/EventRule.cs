namespace TrailAlarm.Snapshot;

/// <summary>An EventBridge rule with its targets (an alternative to the metric-filter alarm).</summary>
public sealed record EventRule
{
    public required string Region { get; init; }

    public required string Name { get; init; }

    public string? Arn { get; init; }

    public string EventBusName { get; init => field = value ?? "default"; } = "default";

    /// <summary>ENABLED, DISABLED or ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.</summary>
    public required string State { get; init; }

    public string? EventPattern { get; init; }

    /// <summary>Target ARNs; null when listing them failed.</summary>
    public IReadOnlyList<string>? Targets { get; init; } = [];
}
