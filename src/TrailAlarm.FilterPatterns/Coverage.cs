namespace TrailAlarm.FilterPatterns;

/// <summary>A named sample event (a realistic CloudTrail record as compact JSON).</summary>
public sealed record SampleEvent(string Name, string Json);

public sealed record MissedEvent(string Event, string Why);

/// <param name="Covers">The pattern fires on every required event.</param>
/// <param name="Missed">Required events it does not fire on, with the clause that rejected each.</param>
/// <param name="Wider">The pattern also fires on events the reference pattern does not.</param>
public sealed record CoverageReport(bool Covers, IReadOnlyList<MissedEvent> Missed, bool Wider);

public static class Coverage
{
    /// <summary>
    /// Judges <paramref name="pattern"/> against a control: it must fire on every <paramref name="required"/> event;
    /// it is wider when it also fires on events of <paramref name="others"/> that <paramref name="reference"/> does not.
    /// </summary>
    public static CoverageReport Analyse(FilterPattern pattern, IReadOnlyList<SampleEvent> required, FilterPattern reference, IReadOnlyList<SampleEvent> others)
        => throw new NotImplementedException("filter-pattern engine not built yet");
}
