namespace TrailAlarm.Snapshot;

/// <summary>A CloudTrail trail. <see cref="Status"/> and <see cref="Selectors"/> are null when they could not be read.</summary>
public sealed record Trail
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string HomeRegion { get; init; }

    public bool IsMultiRegion { get; init; }

    public bool IsOrganizationTrail { get; init; }

    public bool IncludeGlobalServiceEvents { get; init; }

    /// <summary>CloudWatchLogsLogGroupArn: arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*</summary>
    public string? LogGroupArn { get; init; }

    public string? LogsRoleArn { get; init; }

    public string? KmsKeyId { get; init; }

    public TrailStatus? Status { get; init; }

    public EventSelectors? Selectors { get; init; }

    /// <summary>The account that owns the trail (from its ARN); differs from the snapshot's for organisation trails.</summary>
    public string OwnerAccount => ArnParts.TryParse(Arn, out var arn) ? arn.Account : "";
}

public sealed record TrailStatus
{
    public bool IsLogging { get; init; }

    public string? LatestDeliveryError { get; init; }

    public string? LatestCloudWatchLogsDeliveryError { get; init; }

    public DateTimeOffset? LatestCloudWatchLogsDeliveryTime { get; init; }
}

/// <summary>
/// The trail's event selectors. A trail has basic or advanced ones; both empty means none were ever put,
/// which AWS treats as the default: all management events, reads and writes.
/// </summary>
public sealed record EventSelectors
{
    public IReadOnlyList<BasicEventSelector> Basic { get; init => field = value ?? []; } = [];

    public IReadOnlyList<AdvancedEventSelector> Advanced { get; init => field = value ?? []; } = [];
}

public sealed record BasicEventSelector
{
    /// <summary>All, ReadOnly or WriteOnly.</summary>
    public required string ReadWriteType { get; init; }

    public required bool IncludeManagementEvents { get; init; }

    public IReadOnlyList<string> ExcludeManagementEventSources { get; init => field = value ?? []; } = [];

    public IReadOnlyList<DataResource> DataResources { get; init => field = value ?? []; } = [];
}

public sealed record DataResource(string Type, IReadOnlyList<string> Values);

public sealed record AdvancedEventSelector
{
    public string? Name { get; init; }

    public IReadOnlyList<AdvancedFieldSelector> FieldSelectors { get; init => field = value ?? []; } = [];
}

/// <summary>One field condition of an advanced selector; every non-empty list must hold.</summary>
public sealed record AdvancedFieldSelector
{
    public required string Field { get; init; }

    public IReadOnlyList<string> EqualTo { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> StartsWith { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> EndsWith { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NotEquals { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NotStartsWith { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NotEndsWith { get; init => field = value ?? []; } = [];
}
