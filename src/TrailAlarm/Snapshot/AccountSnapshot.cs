namespace TrailAlarm.Snapshot;

/// <summary>
/// What one AWS account looked like when it was read: every resource the controls judge, in every region read,
/// plus a <see cref="Gap"/> for every read that failed or was denied. Controls are pure functions over this.
/// </summary>
public sealed record AccountSnapshot
{
    public required string Account { get; init; }

    public string Partition { get; init => field = value ?? "aws"; } = "aws";

    public DateTimeOffset TakenAt { get; init; }

    /// <summary>The regions that were read. A region absent here was not looked at, so nothing can be said about it.</summary>
    public IReadOnlyList<string> Regions { get; init => field = value ?? []; } = [];

    /// <summary>Trails as DescribeTrails shows them in any region read (multi-region trails once, by ARN).</summary>
    public IReadOnlyList<Trail> Trails { get; init => field = value ?? []; } = [];

    /// <summary>The log groups trails deliver to, as found (a referenced group missing here does not exist).</summary>
    public IReadOnlyList<LogGroup> LogGroups { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MetricFilter> MetricFilters { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MetricAlarm> Alarms { get; init => field = value ?? []; } = [];

    /// <summary>The SNS topics alarms and rules point at, as found (a referenced topic missing here does not exist).</summary>
    public IReadOnlyList<SnsTopic> Topics { get; init => field = value ?? []; } = [];

    /// <summary>The keys that encrypt those topics and the queues they deliver to.</summary>
    public IReadOnlyList<KmsKey> KmsKeys { get; init => field = value ?? []; } = [];

    /// <summary>The SQS queues subscribed to those topics (a subscribed queue missing here was not read: see the gaps).</summary>
    public IReadOnlyList<QueueSubscriber> Queues { get; init => field = value ?? []; } = [];

    /// <summary>The Lambda functions subscribed to those topics, with their resource policies.</summary>
    public IReadOnlyList<FunctionSubscriber> Functions { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ConfigRecorder> ConfigRecorders { get; init => field = value ?? []; } = [];

    public IReadOnlyList<DeliveryChannel> DeliveryChannels { get; init => field = value ?? []; } = [];

    /// <summary>What plan needs to know before it writes AWS Config's prerequisites (read for plan only; null otherwise).</summary>
    public ConfigPrerequisites? ConfigPrerequisites { get; init; }

    public IReadOnlyList<EventRule> EventRules { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Gap> Gaps { get; init => field = value ?? []; } = [];
}

/// <summary>A read that failed or was denied: the API call (service:Action), where, and what AWS said.</summary>
/// <param name="Resource">The trail, log group or topic the call was about, when it was about one.</param>
public sealed record Gap(string Call, string Region, string ErrorCode, string Message, string? Resource = null)
{
    public override string ToString() => $"{Call} in {Region}{(Resource is null ? "" : $" for {Resource}")} failed: {ErrorCode}: {Message}";
}
