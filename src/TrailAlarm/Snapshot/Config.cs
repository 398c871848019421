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

/// <summary>An AWS Config delivery channel: where the recorder delivers configuration snapshots and history.</summary>
public sealed record DeliveryChannel
{
    public required string Region { get; init; }

    public required string Name { get; init; }

    public string? Bucket { get; init; }

    public string? KeyPrefix { get; init; }
}

/// <summary>
/// Whether AWS Config's service-linked role exists (null when it could not be read) and, for --config-bucket, whether
/// the bucket exists and what policy it has.
/// </summary>
public sealed record ConfigPrerequisites
{
    public bool? ServiceLinkedRoleExists { get; init; }

    public ConfigBucket? Bucket { get; init; }
}

public sealed record ConfigBucket
{
    public required string Name { get; init; }

    /// <summary>False when S3 says NoSuchBucket; null when that could not be learned.</summary>
    public bool? Exists { get; init; }

    /// <summary>The bucket policy; null for none or when unread (see <see cref="ReadError"/>).</summary>
    public string? Policy { get; init; }

    /// <summary>Why the bucket or its policy could not be read ("AccessDenied: …"), or null.</summary>
    public string? ReadError { get; init; }
}
