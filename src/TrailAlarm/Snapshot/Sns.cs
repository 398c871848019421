namespace TrailAlarm.Snapshot;

/// <summary>An SNS topic. <see cref="Subscriptions"/> is null when listing them failed (see the gaps).</summary>
public sealed record SnsTopic
{
    public required string Arn { get; init; }

    public required string Region { get; init; }

    /// <summary>The topic's access policy JSON, or null when it could not be read.</summary>
    public string? Policy { get; init; }

    public string? KmsMasterKeyId { get; init; }

    public IReadOnlyList<SnsSubscription>? Subscriptions { get; init; } = [];
}

/// <summary>A subscription; <see cref="SubscriptionArn"/> is "PendingConfirmation" until the endpoint confirms.</summary>
public sealed record SnsSubscription
{
    public required string SubscriptionArn { get; init; }

    public string Protocol { get; init => field = value ?? ""; } = "";

    public string Endpoint { get; init => field = value ?? ""; } = "";

    public bool IsConfirmed => SubscriptionArn.StartsWith("arn:", StringComparison.Ordinal);
}

/// <summary>A KMS key that encrypts a topic, with its key policy (null when it could not be read).</summary>
public sealed record KmsKey
{
    /// <summary>The id as the topic names it (key id, key ARN or alias).</summary>
    public required string KeyId { get; init; }

    public required string Region { get; init; }

    public string? Arn { get; init; }

    public string? Policy { get; init; }

    public bool AwsManaged { get; init; }
}
