using System.Text.Json.Serialization;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.CloudTrail;

// Shapes from botocore cloudtrail/2013-11-01. Wire names are case-sensitive: camelCase ones are spelled out.

public sealed record Trail
{
    public string? Name { get; init; }
    public string? S3BucketName { get; init; }
    public string? S3KeyPrefix { get; init; }
    public string? SnsTopicName { get; init; }
    [JsonPropertyName("SnsTopicARN")] public string? SnsTopicArn { get; init; }
    public bool? IncludeGlobalServiceEvents { get; init; }
    public bool? IsMultiRegionTrail { get; init; }
    public string? HomeRegion { get; init; }
    [JsonPropertyName("TrailARN")] public string? TrailArn { get; init; }
    public bool? LogFileValidationEnabled { get; init; }
    public string? CloudWatchLogsLogGroupArn { get; init; }
    public string? CloudWatchLogsRoleArn { get; init; }
    public string? KmsKeyId { get; init; }
    public bool? HasCustomEventSelectors { get; init; }
    public bool? HasInsightSelectors { get; init; }
    public bool? IsOrganizationTrail { get; init; }
}

public sealed record DescribeTrailsRequest
{
    [JsonPropertyName("trailNameList")] public IReadOnlyList<string>? TrailNameList { get; init; }
    [JsonPropertyName("includeShadowTrails")] public bool? IncludeShadowTrails { get; init; }
}

public sealed record DescribeTrailsResponse
{
    [JsonPropertyName("trailList")] public IReadOnlyList<Trail> TrailList { get; init; } = [];
}

public sealed record GetTrailRequest(string Name);

public sealed record GetTrailResponse
{
    public Trail? Trail { get; init; }
}

public sealed record GetTrailStatusRequest(string Name);

public sealed record GetTrailStatusResponse
{
    public bool? IsLogging { get; init; }
    public string? LatestDeliveryError { get; init; }
    public string? LatestNotificationError { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LatestDeliveryTime { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LatestNotificationTime { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? StartLoggingTime { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? StopLoggingTime { get; init; }
    public string? LatestCloudWatchLogsDeliveryError { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LatestCloudWatchLogsDeliveryTime { get; init; }
    [JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LatestDigestDeliveryTime { get; init; }
    public string? LatestDigestDeliveryError { get; init; }
    public string? LatestDeliveryAttemptTime { get; init; }
    public string? LatestDeliveryAttemptSucceeded { get; init; }
    public string? TimeLoggingStarted { get; init; }
    public string? TimeLoggingStopped { get; init; }
}

public sealed record DataResource
{
    public string? Type { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
}

public sealed record EventSelector
{
    public string? ReadWriteType { get; init; }
    public bool? IncludeManagementEvents { get; init; }
    public IReadOnlyList<DataResource>? DataResources { get; init; }
    public IReadOnlyList<string>? ExcludeManagementEventSources { get; init; }
}

public sealed record AdvancedFieldSelector
{
    public string Field { get; init; } = string.Empty;
    [JsonPropertyName("Equals")] public IReadOnlyList<string>? EqualTo { get; init; }
    public IReadOnlyList<string>? StartsWith { get; init; }
    public IReadOnlyList<string>? EndsWith { get; init; }
    public IReadOnlyList<string>? NotEquals { get; init; }
    public IReadOnlyList<string>? NotStartsWith { get; init; }
    public IReadOnlyList<string>? NotEndsWith { get; init; }
}

public sealed record AdvancedEventSelector
{
    public string? Name { get; init; }
    public IReadOnlyList<AdvancedFieldSelector> FieldSelectors { get; init; } = [];
}

public sealed record GetEventSelectorsRequest(string TrailName);

public sealed record GetEventSelectorsResponse
{
    [JsonPropertyName("TrailARN")] public string? TrailArn { get; init; }
    public IReadOnlyList<EventSelector>? EventSelectors { get; init; }
    public IReadOnlyList<AdvancedEventSelector>? AdvancedEventSelectors { get; init; }
}

public sealed record PutEventSelectorsRequest
{
    public required string TrailName { get; init; }
    public IReadOnlyList<EventSelector>? EventSelectors { get; init; }
    public IReadOnlyList<AdvancedEventSelector>? AdvancedEventSelectors { get; init; }
}

public sealed record PutEventSelectorsResponse
{
    [JsonPropertyName("TrailARN")] public string? TrailArn { get; init; }
    public IReadOnlyList<EventSelector>? EventSelectors { get; init; }
    public IReadOnlyList<AdvancedEventSelector>? AdvancedEventSelectors { get; init; }
}
