using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Controls;

/// <summary>The CloudTrail events a control needs to see, and other events for judging whether a pattern is wider.</summary>
public sealed record ControlSamples(IReadOnlyList<SampleEvent> Required, IReadOnlyList<SampleEvent> Others)
{
    /// <summary>The catalogue's sample events for the control.</summary>
    public static ControlSamples For(Control control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return new ControlSamples(ControlEvents.Required(control.Id), ControlEvents.Others());
    }
}

/// <summary>The two fields of a sample CloudTrail record the selector and EventBridge checks need.</summary>
internal sealed record RequiredEvent(string Name, string Source, SampleEvent Sample)
{
    public static IReadOnlyList<RequiredEvent> From(IEnumerable<SampleEvent> samples) => samples.Select(Of).ToList();

    private static RequiredEvent Of(SampleEvent sample)
    {
        using var json = JsonDocument.Parse(sample.Json);
        var root = json.RootElement;
        var name = root.TryGetProperty("eventName", out var n) ? n.GetString() ?? sample.Name : sample.Name;
        var source = root.TryGetProperty("eventSource", out var s) ? s.GetString() ?? "" : "";
        return new RequiredEvent(name, source, sample);
    }
}
