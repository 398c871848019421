using System.Text.Json.Serialization;

namespace TrailAlarm.Catalogue;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Control))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
