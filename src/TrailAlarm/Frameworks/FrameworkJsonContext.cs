using System.Text.Json.Serialization;

namespace TrailAlarm.Frameworks;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Framework))]
internal sealed partial class FrameworkJsonContext : JsonSerializerContext;
