using TrailAlarm.FilterPatterns.Analysis;

namespace TrailAlarm.FilterPatterns;

/// <summary>A named sample event (a realistic CloudTrail record as compact JSON).</summary>
public sealed record SampleEvent(string Name, string Json);

public sealed record MissedEvent(string Event, string Why);

/// <param name="Covers">The pattern fires on every required event.</param>
/// <param name="Missed">Required events it does not fire on, with the clause that rejected each.</param>
/// <param name="Wider">The pattern also fires on events the reference pattern does not.</param>
public sealed record CoverageReport(bool Covers, IReadOnlyList<MissedEvent> Missed, bool Wider)
{
    /// <summary>Names of events (sample or synthesized near misses) the pattern fires on and the reference does not.</summary>
    public IReadOnlyList<string> WiderOn { get; init; } = [];
}

public static class Coverage
{
    /// <summary>
    /// Judges <paramref name="pattern"/> against a control: it must fire on every <paramref name="required"/> event;
    /// it is wider when it also fires on events of <paramref name="others"/> that <paramref name="reference"/> does not.
    /// Near misses synthesized from the required events (another eventName or eventSource) count as others too.
    /// </summary>
    public static CoverageReport Analyse(FilterPattern pattern, IReadOnlyList<SampleEvent> required, FilterPattern reference, IReadOnlyList<SampleEvent> others)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(others);
        var missed = required
            .Where(e => !Fires(pattern, e.Json))
            .Select(e => new MissedEvent(e.Name, $"eventName = {e.Name} required, but {MissExplainer.Explain(pattern, e.Json)}"))
            .ToList();
        var widerOn = others.Concat(required.SelectMany(EventVariants.Of))
            .Where(e => Fires(pattern, e.Json) && !Fires(reference, e.Json))
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CoverageReport(missed.Count == 0, missed, widerOn.Count > 0) { WiderOn = widerOn };
    }

    /// <summary>An event holding text that cannot be decoded (a lone surrogate) is one the pattern does not fire on.</summary>
    private static bool Fires(FilterPattern pattern, string json)
    {
        try
        {
            return pattern.Matches(json);
        }
        catch (UnreadableEventException)
        {
            return false;
        }
    }
}
