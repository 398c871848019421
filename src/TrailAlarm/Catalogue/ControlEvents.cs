using System.Text.Json;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Catalogue;

/// <summary>
/// Realistic CloudTrail records kept with the catalogue: the events each metric-filter control must fire on, and
/// others that neither control should fire on (used to judge coverage and to tell whether a pattern is wider).
/// </summary>
public static class ControlEvents
{
    /// <summary>The events <paramref name="controlId"/> requires its pattern to fire on; empty for controls without any.</summary>
    public static IReadOnlyList<SampleEvent> Required(string controlId)
    {
        ArgumentNullException.ThrowIfNull(controlId);
        if (controlId.Length == 0 || controlId.Any(ch => !(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))) return [];
        return Load(controlId + ".jsonl");
    }

    /// <summary>Realistic events that neither metric-filter control fires on.</summary>
    public static IReadOnlyList<SampleEvent> Others() => Load("others.jsonl");

    private static List<SampleEvent> Load(string file)
    {
        var assembly = typeof(ControlEvents).Assembly;
        using var stream = assembly.GetManifestResourceStream("TrailAlarm.Catalogue.events." + file);
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        var events = new List<SampleEvent>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var name = doc.RootElement.TryGetProperty("eventName", out var n) ? n.GetString() ?? "" : "";
            events.Add(new SampleEvent(name, line));
        }
        return events;
    }
}
