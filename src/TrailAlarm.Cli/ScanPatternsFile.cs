using System.Text.Json;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Scanning;

namespace TrailAlarm.Cli;

/// <summary>
/// --patterns-file: a JSON array of {"id": "…", "pattern": "…", "metricValue": "1"} (the layout of
/// cis-monitoring-patterns.json), scanned in one pass. Entries whose pattern is null are left out and named.
/// </summary>
internal static class ScanPatternsFile
{
    public static IReadOnlyList<ScanRule> Read(string path, CliConsole console)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--patterns-file {path}: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new UsageException($"--patterns-file {path}: invalid JSON at line {e.LineNumber + 1}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new UsageException($"--patterns-file {path}: expected a JSON array of {{\"id\", \"pattern\"}} objects");
            }

            var rules = new List<ScanRule>();
            var left = new List<string>();
            var index = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                index++;
                var id = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"#{index}";
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("pattern", out var p) || p.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    throw new UsageException($"--patterns-file {path}: entry {id} has no \"pattern\" string");
                }

                if (p.ValueKind == JsonValueKind.Null)
                {
                    left.Add(id);
                    continue;
                }

                var parsed = FilterPattern.Parse(p.GetString()!);
                if (parsed.Pattern is null)
                {
                    throw new UsageException($"--patterns-file {path}: pattern {id} is not valid at column {parsed.Error!.Start + 1}: {parsed.Error.Message}");
                }

                var value = entry.TryGetProperty("metricValue", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "1";
                rules.Add(new ScanRule(id, parsed.Pattern, value));
            }

            if (left.Count > 0)
            {
                console.Error($"note: --patterns-file entries without a pattern are not scanned: {string.Join(", ", left)}");
            }

            return rules.Count > 0 ? rules : throw new UsageException($"--patterns-file {path}: no patterns to scan");
        }
    }
}
