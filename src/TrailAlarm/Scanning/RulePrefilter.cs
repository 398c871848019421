using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Scanning;

/// <summary>
/// The union of the rules' literal prefilters: a record holding none of the literals cannot match any rule. One
/// vectorised search over the raw bytes (the engine's); a rule without literals lets everything in.
/// </summary>
public sealed class RulePrefilter
{
    private readonly LiteralPrefilter? literals;

    public RulePrefilter(IReadOnlyList<ScanRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        literals = LiteralPrefilter.ForAll(rules.Select(r => r.Pattern).ToList());
    }

    /// <summary>Where the first literal starts in <paramref name="utf8"/> (0 when the rules need none), or -1.</summary>
    public int IndexOfPossibleMatch(ReadOnlySpan<byte> utf8) => literals is null ? 0 : literals.IndexOfAny(utf8);
}
