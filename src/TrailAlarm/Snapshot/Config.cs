namespace TrailAlarm.Snapshot;

/// <summary>An AWS Config configuration recorder. <see cref="Status"/> is null when it could not be read.</summary>
public sealed record ConfigRecorder
{
    public required string Region { get; init; }

    public required string Name { get; init; }

    public string? RoleArn { get; init; }

    public RecordingGroup RecordingGroup { get; init => field = value ?? new(); } = new();

    /// <summary>Null when AWS returns none (continuous recording of everything).</summary>
    public RecordingMode? RecordingMode { get; init; }

    public RecorderStatus? Status { get; init; }
}

public sealed record RecordingGroup
{
    public bool AllSupported { get; init; }

    public bool IncludeGlobalResourceTypes { get; init; }

    public IReadOnlyList<string> ResourceTypes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> ExclusionResourceTypes { get; init => field = value ?? []; } = [];

    /// <summary>ALL_SUPPORTED_RESOURCE_TYPES, INCLUSION_BY_RESOURCE_TYPES or EXCLUSION_BY_RESOURCE_TYPES (null when not set).</summary>
    public string? RecordingStrategy { get; init; }
}

/// <summary>How often the recorder records: CONTINUOUS or DAILY, with overrides for some resource types.</summary>
public sealed record RecordingMode
{
    public required string RecordingFrequency { get; init; }

    public IReadOnlyList<RecordingModeOverride> Overrides { get; init => field = value ?? []; } = [];
}

public sealed record RecordingModeOverride
{
    public string? Description { get; init; }

    public IReadOnlyList<string> ResourceTypes { get; init => field = value ?? []; } = [];

    public required string RecordingFrequency { get; init; }
}

public sealed record RecorderStatus
{
    public bool Recording { get; init; }

    /// <summary>PENDING, SUCCESS or FAILURE.</summary>
    public string? LastStatus { get; init; }

    public string? LastErrorCode { get; init; }

    public string? LastErrorMessage { get; init; }
}
