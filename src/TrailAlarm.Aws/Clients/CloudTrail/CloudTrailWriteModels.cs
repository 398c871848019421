using System.Text.Json.Serialization;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.CloudTrail;

/// <summary>CreateTrail and UpdateTrail take the same settings; UpdateTrail leaves null members unchanged.</summary>
public sealed record TrailSettings
{
    public required string Name { get; init; }
    public string? S3BucketName { get; init; }
    public string? S3KeyPrefix { get; init; }
    public string? SnsTopicName { get; init; }
    public bool? IncludeGlobalServiceEvents { get; init; }
    public bool? IsMultiRegionTrail { get; init; }
    public bool? EnableLogFileValidation { get; init; }
    public string? CloudWatchLogsLogGroupArn { get; init; }
    public string? CloudWatchLogsRoleArn { get; init; }
    public string? KmsKeyId { get; init; }
    public bool? IsOrganizationTrail { get; init; }
}

public sealed record TrailNameRequest(string Name);

public sealed record EmptyResponse;

public sealed record ListTrailsRequest
{
    public string? NextToken { get; init; }
}

public sealed record TrailInfo
{
    [JsonPropertyName("TrailARN")] public string? TrailArn { get; init; }
    public string? Name { get; init; }
    public string? HomeRegion { get; init; }
}

public sealed record ListTrailsResponse
{
    public IReadOnlyList<TrailInfo> Trails { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record LookupCondition(string AttributeKey, string AttributeValue);

public sealed record LookupEventsRequest
{
    public IReadOnlyList<LookupCondition>? LookupAttributes { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? StartTime { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? EndTime { get; init; }
    public string? EventCategory { get; init; }
    public int? MaxResults { get; init; }
    public string? NextToken { get; init; }
}

public sealed record EventResource
{
    public string? ResourceType { get; init; }
    public string? ResourceName { get; init; }
}

public sealed record LookupEvent
{
    public string? EventId { get; init; }
    public string? EventName { get; init; }
    public string? ReadOnly { get; init; }
    public string? AccessKeyId { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? EventTime { get; init; }
    public string? EventSource { get; init; }
    public string? Username { get; init; }
    public IReadOnlyList<EventResource>? Resources { get; init; }

    /// <summary>The full CloudTrail record as a JSON string.</summary>
    public string? CloudTrailEvent { get; init; }
}

public sealed record LookupEventsResponse
{
    public IReadOnlyList<LookupEvent> Events { get; init; } = [];
    public string? NextToken { get; init; }
}
