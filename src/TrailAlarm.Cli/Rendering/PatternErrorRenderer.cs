using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Rendering;

/// <summary>Shows a pattern error: one line for machines, or the pattern with ^^^ under the offending span.</summary>
internal static class PatternErrorRenderer
{
    public static string OneLine(PatternError error)
        => $"invalid filter pattern at column {error.Start + 1}: {error.Message} [{error.Code}]" + (error.Hint is null ? "" : $"; hint: {error.Hint}");

    public static void WriteHuman(TextWriter err, string pattern, PatternError error)
    {
        err.WriteLine($"trailalarm: invalid filter pattern: {error.Message} [{error.Code}]");
        // Show the pattern on one line: tabs and newlines would shift the caret.
        var shown = new string(pattern.Select(ch => char.IsControl(ch) ? ' ' : ch).ToArray());
        var start = Math.Clamp(error.Start, 0, shown.Length);
        var length = Math.Clamp(error.Length, 1, Math.Max(1, shown.Length - start));
        const int Window = 100;
        var from = Math.Max(0, Math.Min(start - 20, shown.Length - Window));
        var prefix = from > 0 ? "..." : "";
        var excerpt = shown.Substring(from, Math.Min(Window, shown.Length - from));
        err.WriteLine("  " + prefix + excerpt);
        err.WriteLine("  " + new string(' ', prefix.Length + start - from) + new string('^', Math.Min(length, Window)));
        if (error.Hint is not null) err.WriteLine("  hint: " + error.Hint);
    }
}
