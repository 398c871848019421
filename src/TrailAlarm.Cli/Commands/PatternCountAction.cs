using System.Text.Json;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// `pattern test PATTERN [EVENTS] --count`: only how many events match, read in large blocks. Files are read, not
/// memory-mapped: a mapped file that another process truncates kills the reader with SIGBUS, while a read simply
/// ends early, which is reported. FIFOs and character devices are read like standard input.
/// </summary>
internal static class PatternCountAction
{
    public static int Run(CliConsole console, string patternText, string? events, string? format)
    {
        var json = PatternInput.IsJson(format);
        var pattern = PatternInput.Compile(console, patternText, json);
        if (pattern is null) return ExitCodes.Usage;
        var name = events ?? "-";
        MatchCount count;
        try
        {
            using var input = events is null or "-"
                ? Console.OpenStandardInput()
                : new FileStream(events, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            var expected = input.CanSeek ? input.Length : -1;
            count = EventLines.Count(input, pattern);
            if (expected >= 0 && count.Bytes < expected)
            {
                throw new UsageException($"{name} shrank while it was counted (truncated by another process?): {count.Bytes} of its {expected} bytes were read; the count is incomplete");
            }
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{name}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read events file '{name}': {e.Message}");
        }
        if (json)
            console.Out.WriteLine(JsonSerializer.Serialize(new PatternCountOutput(patternText, count.Events, count.Matches), PatternJson.Context.PatternCountOutput));
        else
            console.Out.WriteLine(count.Matches);
        if (count.Unreadable == 0) return ExitCodes.Ok;
        console.Error($"{name}: {count.Unreadable} events could not be tested (a string the pattern reads is not valid text) and are not counted as matches");
        return ExitCodes.Unknown;
    }
}
