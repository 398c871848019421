using TrailAlarm.Cli.Rendering;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Commands;

/// <summary>Shared by the pattern subcommands: validate --format, compile the pattern or report its error.</summary>
internal static class PatternInput
{
    public static bool IsJson(string? format) => format switch
    {
        "json" => true,
        "table" or null => false,
        _ => throw new UsageException($"--format must be table or json, not '{format}'"),
    };

    /// <summary>The compiled pattern, or null after printing the error (the caller exits 2).</summary>
    public static FilterPattern? Compile(CliConsole console, string text, bool json)
    {
        var result = FilterPattern.Parse(text);
        if (result.Success) return result.Pattern;
        if (json) console.Error(PatternErrorRenderer.OneLine(result.Error!));
        else PatternErrorRenderer.WriteHuman(console.Err, text, result.Error!);
        return null;
    }
}
