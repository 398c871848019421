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

/// <summary>
/// A subscription; <see cref="SubscriptionArn"/> is "PendingConfirmation" until the endpoint confirms. Confirmed is
/// not delivered: an sqs or lambda endpoint also needs a resource policy that lets SNS in (see <see cref="QueueSubscriber"/>
/// and <see cref="FunctionSubscriber"/>).
/// </summary>
public sealed record SnsSubscription
{
    public required string SubscriptionArn { get; init; }

    public string Protocol { get; init => field = value ?? ""; } = "";

    public string Endpoint { get; init => field = value ?? ""; } = "";

    public bool IsConfirmed => SubscriptionArn.StartsWith("arn:", StringComparison.Ordinal);
}

/// <summary>A KMS key that encrypts a topic or a subscribed queue, with its key policy (null when it could not be read).</summary>
public sealed record KmsKey
{
    /// <summary>The id as the topic or queue names it (key id, key ARN or alias).</summary>
    public required string KeyId { get; init; }

    public required string Region { get; init; }

    public string? Arn { get; init; }

    public string? Policy { get; init; }

    public bool AwsManaged { get; init; }

    /// <summary>Enabled, Disabled, PendingDeletion, …; null when not known (a snapshot written before it was read).</summary>
    public string? KeyState { get; init; }
}

/// <summary>An SQS queue a topic delivers to, as GetQueueAttributes shows it; <see cref="Exists"/> is false when SQS
/// says there is no such queue. A null <see cref="Policy"/> on a queue that exists means it has no access policy.</summary>
public sealed record QueueSubscriber
{
    public required string Arn { get; init; }

    public required string Region { get; init; }

    public bool Exists { get; init; } = true;

    public string? Policy { get; init; }

    /// <summary>The queue's KMS key (SSE-KMS), or null when unencrypted or encrypted with SQS-owned keys (SSE-SQS).</summary>
    public string? KmsMasterKeyId { get; init; }
}

/// <summary>A Lambda function a topic invokes (its ARN as subscribed, qualifier included). A null
/// <see cref="Policy"/> means GetPolicy found no resource policy (or no function).</summary>
public sealed record FunctionSubscriber
{
    public required string Arn { get; init; }

    public required string Region { get; init; }

    public string? Policy { get; init; }
}
