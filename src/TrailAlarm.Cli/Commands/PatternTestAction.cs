using System.Globalization;
using System.Text;
using System.Text.Json;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Commands;

/// <summary>`pattern test PATTERN [EVENTS]`: like `aws logs test-metric-filter`, offline; one event per line.</summary>
internal static class PatternTestAction
{
    public static int Run(CliConsole console, string patternText, string? events, string? metricValue, string? format)
    {
        var json = PatternInput.IsJson(format);
        metricValue = string.IsNullOrWhiteSpace(metricValue) ? "1" : metricValue.Trim();
        var pattern = PatternInput.Compile(console, patternText, json);
        if (pattern is null) return ExitCodes.Usage;
        ValidateMetricValue(pattern, metricValue);
        using var input = OpenEvents(events);
        var reader = new EventLineReader(input, events ?? "-");
        // Results are written as each event is tested: memory holds one event, whatever the input's size.
        using var output = json ? new PatternTestJsonWriter(console.Out, patternText) : null;
        var table = json ? null : new PatternTestTable(console.Out);
        var lineNumber = 0;
        int tested = 0, matched = 0, unreadable = 0;
        while (reader.Next(lineNumber + 1) is { } line)
        {
            lineNumber++;
            if (line.IsEmpty) continue;
            tested++;
            var result = Test(pattern, line.Span, metricValue, lineNumber);
            if (result.Matches) matched++;
            if (result.Error is not null)
            {
                unreadable++;
                console.Error($"{events ?? "-"}:{lineNumber}: {result.Error}");
            }
            output?.Write(result);
            table?.Write(result, line.Span);
        }
        table?.Finish(matched, tested);
        return unreadable > 0 ? ExitCodes.Unknown : ExitCodes.Ok;
    }

    /// <summary>One event; an event the engine cannot read is reported as such, not as a crash of the command.</summary>
    private static PatternTestLine Test(FilterPattern pattern, ReadOnlySpan<byte> utf8, string metricValue, int lineNumber)
    {
        try
        {
            var value = pattern.MetricValue(utf8, metricValue);
            return new PatternTestLine(lineNumber, value is not null || pattern.Matches(utf8), value, null);
        }
        catch (UnreadableEventException e)
        {
            return new PatternTestLine(lineNumber, false, null, $"event {lineNumber} could not be tested: {e.Message}");
        }
    }

    private static void ValidateMetricValue(FilterPattern pattern, string metricValue)
    {
        if (!metricValue.StartsWith('$'))
        {
            if (!double.TryParse(metricValue, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                throw new UsageException($"--metric-value '{metricValue}' is neither a number nor a $reference ($.field, $name, $3)");
            return;
        }
        var jsonRef = metricValue.StartsWith("$.", StringComparison.Ordinal);
        if (jsonRef && pattern.Kind != PatternKind.Json)
            throw new UsageException($"--metric-value '{metricValue}' refers to a JSON property, which needs a JSON pattern ({{ ... }})");
        if (!jsonRef && pattern.Kind != PatternKind.Delimited)
            throw new UsageException($"--metric-value '{metricValue}' refers to a field, which needs a space-delimited pattern ([ ... ])");
    }

    private static Stream OpenEvents(string? events)
    {
        if (events is null && !Console.IsInputRedirected)
            throw new UsageException("pattern test needs events: name a file (one event per line: CloudTrail records as JSON, or text lines), or pipe them in, e.g. 'cat events.jsonl | trailalarm pattern test PATTERN'");
        if (events is null or "-") return Console.OpenStandardInput();
        try
        {
            return new FileStream(events, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read events file '{events}': {e.Message}");
        }
    }
}
