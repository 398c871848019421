using System.Text.Json.Serialization;

namespace TrailAlarm.Catalogue;

internal sealed record CatalogueFile(IReadOnlyList<Control> Controls);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(CatalogueFile))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
