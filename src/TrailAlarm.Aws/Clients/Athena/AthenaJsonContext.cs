using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.Athena;

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(StartQueryExecutionRequest))]
[JsonSerializable(typeof(StartQueryExecutionResponse))]
[JsonSerializable(typeof(QueryExecutionIdRequest))]
[JsonSerializable(typeof(GetQueryExecutionResponse))]
[JsonSerializable(typeof(GetQueryResultsRequest))]
[JsonSerializable(typeof(GetQueryResultsResponse))]
[JsonSerializable(typeof(AthenaEmptyResponse))]
internal sealed partial class AthenaJsonContext : JsonSerializerContext;
