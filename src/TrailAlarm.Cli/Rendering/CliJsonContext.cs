using System.Text.Json.Serialization;

namespace TrailAlarm.Cli.Rendering;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ControlList))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
