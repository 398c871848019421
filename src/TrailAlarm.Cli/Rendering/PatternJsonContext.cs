using System.Text.Json.Serialization;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Rendering;

internal sealed record PatternTestResult(int Event, bool Matches, double? Value);

internal sealed record PatternTestOutput(string Pattern, IReadOnlyList<PatternTestResult> Results);

internal sealed record PatternCountOutput(string Pattern, long Events, long Matches);

internal sealed record PatternMissed(string Event, string Why);

internal sealed record PatternCheckOutput(string Control, bool Covers, IReadOnlyList<PatternMissed> Missed, bool Wider);

internal sealed record PatternExplainOutput(string Pattern, bool Valid, string Kind, string Canonical, IReadOnlyList<string> PrefilterLiterals, PatternOutline Outline);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PatternTestOutput))]
[JsonSerializable(typeof(PatternCheckOutput))]
[JsonSerializable(typeof(PatternCountOutput))]
[JsonSerializable(typeof(PatternExplainOutput))]
internal sealed partial class PatternJsonContext : JsonSerializerContext;
