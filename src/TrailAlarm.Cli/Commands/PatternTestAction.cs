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
        var results = new List<PatternTestResult>();
        var lines = new List<string>();
        var lineNumber = 0;
        var reader = OpenEvents(events);
        try
        {
            while (ReadLine(reader, events) is { } line)
            {
                lineNumber++;
                if (line.Length == 0) continue;
                var utf8 = Encoding.UTF8.GetBytes(line);
                var value = pattern.MetricValue(utf8, metricValue);
                var matches = value is not null || pattern.Matches(utf8);
                results.Add(new PatternTestResult(lineNumber, matches, value));
                if (!json) lines.Add(line);
            }
        }
        finally
        {
            if (!ReferenceEquals(reader, Console.In)) reader.Dispose();
        }
        if (json)
            console.Out.WriteLine(JsonSerializer.Serialize(new PatternTestOutput(patternText, results), PatternJson.Context.PatternTestOutput));
        else
            WriteTable(console.Out, results, lines);
        return ExitCodes.Ok;
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

    private static TextReader OpenEvents(string? events)
    {
        if (events is null && !Console.IsInputRedirected)
            throw new UsageException("pattern test needs events: name a file (one event per line: CloudTrail records as JSON, or text lines), or pipe them in, e.g. 'cat events.jsonl | trailalarm pattern test PATTERN'");
        if (events is null or "-") return Console.In;
        try
        {
            return new StreamReader(events, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read events file '{events}': {e.Message}");
        }
    }

    private static string? ReadLine(TextReader reader, string? events)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot read events from '{events ?? "-"}': {e.Message}");
        }
    }

    private static void WriteTable(TextWriter output, List<PatternTestResult> results, List<string> lines)
    {
        output.WriteLine($"{"EVENT",6}  {"MATCH",-5}  {"VALUE",-8}  MESSAGE");
        for (int i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var value = r.Value?.ToString(CultureInfo.InvariantCulture) ?? "-";
            var message = lines[i].Length <= 100 ? lines[i] : lines[i][..97] + "...";
            output.WriteLine($"{r.Event,6}  {(r.Matches ? "yes" : "no"),-5}  {value,-8}  {message}");
        }
        output.WriteLine(results.Count == 0 ? "No events were read (the input has no non-empty line)." : results.Count == 1
            ? (results[0].Matches ? "The event matches." : "The event does not match.")
            : $"{results.Count(r => r.Matches)} of {results.Count} events match.");
    }
}
