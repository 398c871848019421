namespace TrailAlarm.Aws.Logs;

public sealed record FilterLogEventsRequest
{
    public string? LogGroupName { get; init; }
    public string? LogGroupIdentifier { get; init; }
    public IReadOnlyList<string>? LogStreamNames { get; init; }
    public string? LogStreamNamePrefix { get; init; }
    public long? StartTime { get; init; }
    public long? EndTime { get; init; }
    public string? FilterPattern { get; init; }
    public string? NextToken { get; init; }
    public int? Limit { get; init; }
}

public sealed record FilteredLogEvent
{
    public string? LogStreamName { get; init; }
    public long? Timestamp { get; init; }
    public string? Message { get; init; }
    public long? IngestionTime { get; init; }
    public string? EventId { get; init; }
}

public sealed record FilterLogEventsResponse
{
    public IReadOnlyList<FilteredLogEvent> Events { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record CreateLogStreamRequest(string LogGroupName, string LogStreamName);

public sealed record InputLogEvent(long Timestamp, string Message);

public sealed record PutLogEventsRequest
{
    public required string LogGroupName { get; init; }
    public required string LogStreamName { get; init; }
    public required IReadOnlyList<InputLogEvent> LogEvents { get; init; }
}

public sealed record PutLogEventsResponse
{
    public string? NextSequenceToken { get; init; }
}
