using TrailAlarm.FilterPatterns.Matching;

namespace TrailAlarm.FilterPatterns;

/// <summary>
/// The literal prefilters of several patterns as one vectorised search over raw UTF-8: an event in which it finds
/// nothing cannot match any of the patterns. Built only when every pattern has a prefilter.
/// </summary>
public sealed class LiteralPrefilter
{
    private readonly Prefilter _union;

    private LiteralPrefilter(Prefilter union)
    {
        _union = union;
    }

    /// <summary>The search for all of <paramref name="patterns"/>, or null when one of them can match without a literal.</summary>
    public static LiteralPrefilter? ForAll(IReadOnlyList<FilterPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Count == 0 || patterns.Any(p => p.Prefilter is null)) return null;
        return new LiteralPrefilter(Prefilter.Union(patterns.Select(p => p.Prefilter!)));
    }

    public bool MayMatch(ReadOnlySpan<byte> utf8) => _union.MayMatch(utf8);

    /// <summary>Index of the first byte of the first literal found in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<byte> text) => _union.IndexOfAny(text);
}
