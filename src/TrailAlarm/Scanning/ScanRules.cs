using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Scanning;

/// <summary>Builds the rules of a scan from catalogue controls or from one user pattern.</summary>
public static class ScanRules
{
    /// <summary>The id a --pattern rule reports under.</summary>
    public const string PatternRuleId = "pattern";

    /// <summary>
    /// The controls named by <paramref name="ids"/> (control ids or group names such as cis-monitoring; all controls with a reference pattern when null), each scanning
    /// for its reference pattern. Throws <see cref="ArgumentException"/> naming an unknown or pattern-less id.
    /// </summary>
    public static IReadOnlyList<ScanRule> ForControls(ControlCatalogue catalogue, IReadOnlyList<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var withPattern = catalogue.Controls.Where(c => c.ReferencePattern is not null).ToList();
        var chosen = new List<Control>();
        foreach (var id in ids is null ? withPattern.Select(c => c.Id).ToList() : catalogue.Expand(ids))
        {
            var control = catalogue.Find(id) ?? throw new ArgumentException($"unknown control '{id}'; controls with a pattern: {string.Join(", ", withPattern.Select(c => c.Id))}");
            if (control.ReferencePattern is null)
            {
                throw new ArgumentException($"control '{id}' has no filter pattern to scan for; controls with a pattern: {string.Join(", ", withPattern.Select(c => c.Id))}");
            }

            chosen.Add(control);
        }

        return chosen.Select(c => new ScanRule(c.Id, Compile(c.ReferencePattern!, c.Id))).ToList();
    }

    /// <summary>One rule for a user's pattern, or the positioned parse error.</summary>
    public static (ScanRule? Rule, PatternError? Error) ForPattern(string pattern, string metricValue = "1")
    {
        var parsed = FilterPattern.Parse(pattern);
        return parsed.Pattern is null ? (null, parsed.Error) : (new ScanRule(PatternRuleId, parsed.Pattern, metricValue), null);
    }

    private static FilterPattern Compile(string pattern, string id) =>
        FilterPattern.Parse(pattern).Pattern ?? throw new InvalidOperationException($"the catalogue pattern of '{id}' does not parse");
}
