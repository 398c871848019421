using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.Apply;

/// <summary>Full definitions kept in the journal so rollback can put them back exactly.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CloudWatch.MetricAlarm))]
[JsonSerializable(typeof(Config.ConfigurationRecorder))]
[JsonSerializable(typeof(Logs.MetricFilter))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class ApplyJsonContext : JsonSerializerContext;
