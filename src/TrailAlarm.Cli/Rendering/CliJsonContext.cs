using System.Text.Json.Serialization;

namespace TrailAlarm.Cli.Rendering;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ControlList))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>Titles and rationales quote names: written as-is rather than as \u0027 (the output is never HTML).</summary>
internal static class CliJson
{
    public static readonly CliJsonContext Context = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });
}
