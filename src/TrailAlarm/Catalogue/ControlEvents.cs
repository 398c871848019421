using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Catalogue;

/// <summary>The sample CloudTrail records of the default catalogue's controls (their folders' fires-on and ignores files).</summary>
public static class ControlEvents
{
    /// <summary>The records <paramref name="controlId"/>'s alarm must fire on; empty for unknown ids and controls without samples.</summary>
    public static IReadOnlyList<SampleEvent> Required(string controlId)
    {
        ArgumentNullException.ThrowIfNull(controlId);
        return ControlCatalogue.Default.SamplesOf(controlId).FiresOn;
    }

    /// <summary>The near misses <paramref name="controlId"/>'s alarm should stay quiet on.</summary>
    public static IReadOnlyList<SampleEvent> Ignores(string controlId)
    {
        ArgumentNullException.ThrowIfNull(controlId);
        return ControlCatalogue.Default.SamplesOf(controlId).Ignores;
    }
}
