namespace TrailAlarm.FilterPatterns;

/// <summary>Several compiled patterns evaluated in one pass over each event.</summary>
public sealed class PatternSet
{
    public PatternSet(IReadOnlyList<FilterPattern> patterns)
    {
        Patterns = patterns;
    }

    public IReadOnlyList<FilterPattern> Patterns { get; }

    /// <summary>Writes, for each pattern in order, whether it matches; returns how many matched.</summary>
    public int Match(ReadOnlySpan<byte> utf8Message, Span<bool> matched) => throw new NotImplementedException("filter-pattern engine not built yet");
}
