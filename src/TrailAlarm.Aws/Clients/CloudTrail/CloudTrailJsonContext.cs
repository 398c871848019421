using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.CloudTrail;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DescribeTrailsRequest))]
[JsonSerializable(typeof(DescribeTrailsResponse))]
[JsonSerializable(typeof(GetTrailRequest))]
[JsonSerializable(typeof(GetTrailResponse))]
[JsonSerializable(typeof(GetTrailStatusRequest))]
[JsonSerializable(typeof(GetTrailStatusResponse))]
[JsonSerializable(typeof(GetEventSelectorsRequest))]
[JsonSerializable(typeof(GetEventSelectorsResponse))]
[JsonSerializable(typeof(PutEventSelectorsRequest))]
[JsonSerializable(typeof(PutEventSelectorsResponse))]
[JsonSerializable(typeof(TrailSettings))]
[JsonSerializable(typeof(TrailNameRequest))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(ListTrailsRequest))]
[JsonSerializable(typeof(ListTrailsResponse))]
[JsonSerializable(typeof(LookupEventsRequest))]
[JsonSerializable(typeof(LookupEventsResponse))]
internal sealed partial class CloudTrailJsonContext : JsonSerializerContext;
