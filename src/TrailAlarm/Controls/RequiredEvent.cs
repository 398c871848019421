using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Controls;

/// <summary>
/// The CloudTrail records a control's alarm must fire on (<see cref="Required"/>) and the near misses it should stay
/// quiet on (<see cref="Others"/>: firing on them is noise).
/// </summary>
public sealed record ControlSamples(IReadOnlyList<SampleEvent> Required, IReadOnlyList<SampleEvent> Others)
{
    /// <summary>The records kept in the control's catalogue folder (fires-on.jsonl and ignores.jsonl).</summary>
    public static ControlSamples For(Control control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return new ControlSamples(ControlEvents.Required(control.Id), ControlEvents.Ignores(control.Id));
    }
}

/// <summary>
/// A required sample record and the fields a trail's event selectors decide on. <see cref="ReadOnly"/> is null when
/// the record does not say (older records omit it), so a selector that filters on it cannot be judged.
/// </summary>
internal sealed record RequiredEvent(string Name, string Source, SampleEvent Sample)
{
    public bool? ReadOnly { get; init; }

    /// <summary>Management or Data, as the record's eventCategory (or managementEvent) says.</summary>
    public string Category { get; init; } = "Management";

    public bool IsManagement => Category == "Management";

    public static IReadOnlyList<RequiredEvent> From(IEnumerable<SampleEvent> samples) => samples.Select(Of).ToList();

    /// <summary>The record's value of a selector field (dotted path; any element of an array such as resources), or null when absent.</summary>
    public IReadOnlyList<string>? Field(string path)
    {
        using var json = JsonDocument.Parse(Sample.Json);
        var values = new List<string>();
        Collect(json.RootElement, path.Split('.'), 0, values);
        return values.Count > 0 ? values : null;
    }

    private static void Collect(JsonElement node, string[] parts, int index, List<string> values)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, parts, index, values);
            }

            return;
        }

        if (index == parts.Length)
        {
            if (node.ValueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number)
            {
                values.Add(node.ValueKind == JsonValueKind.String ? node.GetString()! : node.GetRawText());
            }

            return;
        }

        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(parts[index], out var child))
        {
            Collect(child, parts, index + 1, values);
        }
    }

    private static RequiredEvent Of(SampleEvent sample)
    {
        using var json = JsonDocument.Parse(sample.Json);
        var root = json.RootElement;
        var name = root.TryGetProperty("eventName", out var n) ? n.GetString() ?? sample.Name : sample.Name;
        var source = root.TryGetProperty("eventSource", out var s) ? s.GetString() ?? "" : "";
        bool? readOnly = root.TryGetProperty("readOnly", out var r) && r.ValueKind is JsonValueKind.True or JsonValueKind.False ? r.GetBoolean() : null;
        var category = root.TryGetProperty("eventCategory", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()!
            : root.TryGetProperty("managementEvent", out var m) && m.ValueKind == JsonValueKind.False ? "Data" : "Management";
        return new RequiredEvent(name, source, sample) { ReadOnly = readOnly, Category = category };
    }
}
