using System.Text.Json.Serialization;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Config;

// Shapes from botocore config/2014-11-12: requests are PascalCase, the recorder/channel structures camelCase.

public sealed record ExclusionByResourceTypes
{
    [JsonPropertyName("resourceTypes")] public IReadOnlyList<string>? ResourceTypes { get; init; }
}

public sealed record RecordingStrategy
{
    [JsonPropertyName("useOnly")] public string? UseOnly { get; init; }
}

public sealed record RecordingGroup
{
    [JsonPropertyName("allSupported")] public bool? AllSupported { get; init; }
    [JsonPropertyName("includeGlobalResourceTypes")] public bool? IncludeGlobalResourceTypes { get; init; }
    [JsonPropertyName("resourceTypes")] public IReadOnlyList<string>? ResourceTypes { get; init; }
    [JsonPropertyName("exclusionByResourceTypes")] public ExclusionByResourceTypes? ExclusionByResourceTypes { get; init; }
    [JsonPropertyName("recordingStrategy")] public RecordingStrategy? RecordingStrategy { get; init; }
}

public sealed record RecordingModeOverride
{
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("resourceTypes")] public IReadOnlyList<string> ResourceTypes { get; init; } = [];
    [JsonPropertyName("recordingFrequency")] public string? RecordingFrequency { get; init; }
}

public sealed record RecordingMode
{
    [JsonPropertyName("recordingFrequency")] public string? RecordingFrequency { get; init; }
    [JsonPropertyName("recordingModeOverrides")] public IReadOnlyList<RecordingModeOverride>? RecordingModeOverrides { get; init; }
}

public sealed record ConfigurationRecorder
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("roleARN")] public string? RoleArn { get; init; }
    [JsonPropertyName("recordingGroup")] public RecordingGroup? RecordingGroup { get; init; }
    [JsonPropertyName("recordingMode")] public RecordingMode? RecordingMode { get; init; }
    [JsonPropertyName("recordingScope")] public string? RecordingScope { get; init; }
    [JsonPropertyName("servicePrincipal")] public string? ServicePrincipal { get; init; }
}

public sealed record DescribeConfigurationRecordersRequest
{
    public IReadOnlyList<string>? ConfigurationRecorderNames { get; init; }
}

public sealed record DescribeConfigurationRecordersResponse
{
    public IReadOnlyList<ConfigurationRecorder> ConfigurationRecorders { get; init; } = [];
}

public sealed record PutConfigurationRecorderRequest(ConfigurationRecorder ConfigurationRecorder);

public sealed record RecorderNameRequest(string ConfigurationRecorderName);

public sealed record ConfigurationRecorderStatus
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("lastStartTime"), JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LastStartTime { get; init; }
    [JsonPropertyName("lastStopTime"), JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LastStopTime { get; init; }
    [JsonPropertyName("recording")] public bool? Recording { get; init; }

    /// <summary>Pending, Success or Failure.</summary>
    [JsonPropertyName("lastStatus")] public string? LastStatus { get; init; }
    [JsonPropertyName("lastErrorCode")] public string? LastErrorCode { get; init; }
    [JsonPropertyName("lastErrorMessage")] public string? LastErrorMessage { get; init; }
    [JsonPropertyName("lastStatusChangeTime"), JsonConverter(typeof(EpochSecondsConverter))] public DateTimeOffset? LastStatusChangeTime { get; init; }
}

public sealed record DescribeConfigurationRecorderStatusResponse
{
    public IReadOnlyList<ConfigurationRecorderStatus> ConfigurationRecordersStatus { get; init; } = [];
}

public sealed record ConfigSnapshotDeliveryProperties
{
    [JsonPropertyName("deliveryFrequency")] public string? DeliveryFrequency { get; init; }
}

public sealed record DeliveryChannel
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("s3BucketName")] public string? S3BucketName { get; init; }
    [JsonPropertyName("s3KeyPrefix")] public string? S3KeyPrefix { get; init; }
    [JsonPropertyName("s3KmsKeyArn")] public string? S3KmsKeyArn { get; init; }
    [JsonPropertyName("snsTopicARN")] public string? SnsTopicArn { get; init; }
    [JsonPropertyName("configSnapshotDeliveryProperties")] public ConfigSnapshotDeliveryProperties? ConfigSnapshotDeliveryProperties { get; init; }
}

public sealed record DescribeDeliveryChannelsRequest
{
    public IReadOnlyList<string>? DeliveryChannelNames { get; init; }
}

public sealed record DescribeDeliveryChannelsResponse
{
    public IReadOnlyList<DeliveryChannel> DeliveryChannels { get; init; } = [];
}

public sealed record PutDeliveryChannelRequest(DeliveryChannel DeliveryChannel);

public sealed record DeleteDeliveryChannelRequest(string DeliveryChannelName);

public sealed record ConfigEmptyResponse;
