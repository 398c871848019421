using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.CloudWatch;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DescribeAlarmsRequest))]
[JsonSerializable(typeof(DescribeAlarmsResponse))]
[JsonSerializable(typeof(DescribeAlarmsForMetricRequest))]
[JsonSerializable(typeof(DescribeAlarmsForMetricResponse))]
[JsonSerializable(typeof(PutMetricAlarmRequest))]
[JsonSerializable(typeof(DeleteAlarmsRequest))]
[JsonSerializable(typeof(SetAlarmStateRequest))]
[JsonSerializable(typeof(CloudWatchEmptyResponse))]
internal sealed partial class CloudWatchJsonContext : JsonSerializerContext;
