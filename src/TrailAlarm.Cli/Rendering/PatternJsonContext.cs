using System.Text.Json.Serialization;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Rendering;

internal sealed record PatternTestResult(int Event, bool Matches, double? Value);

internal sealed record PatternTestOutput(string Pattern, IReadOnlyList<PatternTestResult> Results);

internal sealed record PatternCountOutput(string Pattern, long Events, long Matches);

internal sealed record PatternMissed(string Event, string Why);

internal sealed record PatternCheckOutput(string Control, bool Covers, IReadOnlyList<PatternMissed> Missed, bool Wider);

internal sealed record PatternExplainOutput(string Pattern, bool Valid, string Kind, string Canonical, IReadOnlyList<string> PrefilterLiterals, PatternOutline Outline);

/// <summary>Patterns are full of quotes: write them as-is rather than as \u0022 (the output is never HTML).</summary>
internal static class PatternJson
{
    public static readonly PatternJsonContext Context = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PatternTestOutput))]
[JsonSerializable(typeof(PatternCheckOutput))]
[JsonSerializable(typeof(PatternCountOutput))]
[JsonSerializable(typeof(PatternExplainOutput))]
internal sealed partial class PatternJsonContext : JsonSerializerContext;
