using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.Config;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DescribeConfigurationRecordersRequest))]
[JsonSerializable(typeof(DescribeConfigurationRecordersResponse))]
[JsonSerializable(typeof(PutConfigurationRecorderRequest))]
[JsonSerializable(typeof(RecorderNameRequest))]
[JsonSerializable(typeof(DescribeConfigurationRecorderStatusResponse))]
[JsonSerializable(typeof(DescribeDeliveryChannelsRequest))]
[JsonSerializable(typeof(DescribeDeliveryChannelsResponse))]
[JsonSerializable(typeof(PutDeliveryChannelRequest))]
[JsonSerializable(typeof(DeleteDeliveryChannelRequest))]
[JsonSerializable(typeof(ConfigEmptyResponse))]
internal sealed partial class ConfigJsonContext : JsonSerializerContext;
