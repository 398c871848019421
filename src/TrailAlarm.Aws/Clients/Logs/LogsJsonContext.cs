using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.Logs;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(DescribeLogGroupsRequest))]
[JsonSerializable(typeof(DescribeLogGroupsResponse))]
[JsonSerializable(typeof(DescribeMetricFiltersRequest))]
[JsonSerializable(typeof(DescribeMetricFiltersResponse))]
[JsonSerializable(typeof(PutMetricFilterRequest))]
[JsonSerializable(typeof(DeleteMetricFilterRequest))]
[JsonSerializable(typeof(TestMetricFilterRequest))]
[JsonSerializable(typeof(TestMetricFilterResponse))]
[JsonSerializable(typeof(CreateLogGroupRequest))]
[JsonSerializable(typeof(DeleteLogGroupRequest))]
[JsonSerializable(typeof(PutRetentionPolicyRequest))]
[JsonSerializable(typeof(LogsEmptyResponse))]
[JsonSerializable(typeof(FilterLogEventsRequest))]
[JsonSerializable(typeof(FilterLogEventsResponse))]
[JsonSerializable(typeof(CreateLogStreamRequest))]
[JsonSerializable(typeof(PutLogEventsRequest))]
[JsonSerializable(typeof(PutLogEventsResponse))]
internal sealed partial class LogsJsonContext : JsonSerializerContext;
