using System.Text.Json;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Commands;

/// <summary>`pattern explain PATTERN`: the parsed pattern and its canonical form, or the error with a caret.</summary>
internal static class PatternExplainAction
{
    public static int Run(CliConsole console, string patternText, string? format)
    {
        var json = PatternInput.IsJson(format);
        var pattern = PatternInput.Compile(console, patternText, json);
        if (pattern is null) return ExitCodes.Usage;
        var kind = KindName(pattern.Kind);
        var literals = pattern.PrefilterLiterals.Where(l => l != "\\u").ToList();
        if (json)
        {
            var output = new PatternExplainOutput(patternText, true, kind, pattern.Canonical, literals, pattern.Outline());
            console.Out.WriteLine(JsonSerializer.Serialize(output, PatternJson.Context.PatternExplainOutput));
            return ExitCodes.Ok;
        }
        var o = console.Out;
        o.WriteLine($"kind:      {kind}");
        o.WriteLine($"canonical: {pattern.Canonical}");
        o.WriteLine("meaning:");
        WriteOutline(o, pattern.Outline(), 1);
        if (literals.Count > 0) o.WriteLine($"prefilter: an event can only match if it contains one of: {string.Join(", ", literals)}");
        return ExitCodes.Ok;
    }

    internal static string KindName(PatternKind kind) => kind switch
    {
        PatternKind.MatchAll => "match-all",
        PatternKind.Terms => "terms",
        PatternKind.Regex => "regex",
        PatternKind.Json => "json",
        _ => "space-delimited",
    };

    private static void WriteOutline(TextWriter o, PatternOutline node, int depth)
    {
        var indent = new string(' ', depth * 2);
        var heading = node.Kind switch
        {
            "any-of" => "ANY of (||):",
            "all-of" => "ALL of:",
            "fields" => "fields:",
            _ => null,
        };
        if (heading is not null)
        {
            o.WriteLine(indent + heading + (node.Kind == "all-of" && node.Children.Count > 0 && node.Children[0].Kind == "term" ? "  " + node.Meaning : ""));
            foreach (var child in node.Children) WriteOutline(o, child, depth + 1);
            return;
        }
        o.WriteLine($"{indent}{node.Text}  — {node.Meaning}");
        foreach (var child in node.Children) WriteOutline(o, child, depth + 1);
    }
}
