using System.Text.Json;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Commands;

/// <summary>`pattern test PATTERN [EVENTS] --count`: only how many events match, read in large blocks.</summary>
internal static class PatternCountAction
{
    public static int Run(CliConsole console, string patternText, string? events, string? format)
    {
        var json = PatternInput.IsJson(format);
        var pattern = PatternInput.Compile(console, patternText, json);
        if (pattern is null) return ExitCodes.Usage;
        MatchCount count;
        try
        {
            if (events is null or "-")
            {
                using var input = Console.OpenStandardInput();
                count = EventLines.Count(input, pattern);
            }
            else if (File.Exists(events))
            {
                // A regular file is mapped and scanned in place; events are only counted when they are reported.
                count = MappedEventFile.Count(events, pattern, countEvents: json);
            }
            else
            {
                using var input = new FileStream(events, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                count = EventLines.Count(input, pattern);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read events file '{events ?? "-"}': {e.Message}");
        }
        if (json)
            console.Out.WriteLine(JsonSerializer.Serialize(new PatternCountOutput(patternText, count.Events, count.Matches), PatternJson.Context.PatternCountOutput));
        else
            console.Out.WriteLine(count.Matches);
        return ExitCodes.Ok;
    }
}
