using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Scanning;

/// <summary>The rules of a scan with their shared prefilter and one-pass pattern set: built once, shared by every unit.</summary>
public sealed class CompiledRules
{
    public CompiledRules(IReadOnlyList<ScanRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
        {
            throw new ArgumentException("a scan needs at least one rule", nameof(rules));
        }

        Rules = rules;
        Prefilter = new RulePrefilter(rules);
        Set = rules.Count > 1 ? new PatternSet(rules.Select(r => r.Pattern).ToList()) : null;
    }

    public IReadOnlyList<ScanRule> Rules { get; }

    public RulePrefilter Prefilter { get; }

    /// <summary>Null for a single rule, which is matched directly.</summary>
    public PatternSet? Set { get; }
}
