using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Derives a set of literals such that every event the pattern matches contains at least one of them in its raw
/// text; null when no such set is known (then the prefilter must let everything through).
/// Only positive string equalities contribute: `!=`, numbers, regexes, NOT EXISTS and IS tests never do.
/// </summary>
internal static class PrefilterLiterals
{
    public static IReadOnlyList<string>? For(PatternNode node) => node switch
    {
        TermsNode t => ForTerms(t),
        JsonNode j => ForExpr(j.Root, json: true),
        DelimitedNode d => ForFields(d),
        _ => null,
    };

    private static List<string>? ForTerms(TermsNode node)
    {
        var required = node.Terms.Where(t => t.Mode == TermMode.Required && !TermMatcher.IsBlank(t.Text)).ToList();
        if (required.Count > 0) return [required.MaxBy(t => t.Text.Length)!.Text];
        var optional = node.Terms.Where(t => t.Mode == TermMode.Optional).ToList();
        if (optional.Count == node.Terms.Count && optional.Count > 0 && optional.All(t => !TermMatcher.IsBlank(t.Text)))
            return optional.Select(t => t.Text).ToList();
        return null;
    }

    private static List<string>? ForFields(DelimitedNode node)
    {
        List<string>? best = null;
        foreach (var field in node.Fields.OfType<NamedField>())
        {
            if (field.Condition is null) continue;
            var set = ForExpr(field.Condition, json: false);
            if (set is not null && (best is null || set.Count < best.Count)) best = set;
        }
        return best;
    }

    private static List<string>? ForExpr(BoolExpr expr, bool json)
    {
        switch (expr)
        {
            case OrExpr or:
                var union = new List<string>();
                foreach (var item in or.Items)
                {
                    var set = ForExpr(item, json);
                    if (set is null) return null;
                    union.AddRange(set);
                }
                return union.Distinct(StringComparer.Ordinal).ToList();
            case AndExpr and:
                List<string>? best = null;
                foreach (var item in and.Items)
                {
                    var set = ForExpr(item, json);
                    if (set is not null && (best is null || Score(set) > Score(best))) best = set;
                }
                return best;
            case Condition { Kind: ConditionKind.Compare, Op: CompareOp.Equal, Value: StringLiteral s } when Usable(s.Core, json):
                return [s.Core];
            default:
                return null;
        }
    }

    // Prefer longer literals, and avoid service host names (eventSource values such as config.amazonaws.com are
    // shared by every call to that service, so they reject far fewer events than an eventName does).
    private static double Score(List<string> set)
        => set.Min(s => s.Length - (s.EndsWith(".amazonaws.com", StringComparison.Ordinal) ? 100 : 0)) - set.Count * 0.01;

    /// <summary>
    /// A JSON string may spell any character as \uXXXX; the prefilter therefore also passes every event that
    /// contains "\u". The short escapes (\" \\ \/ \b \f \n \r \t) stand for characters we refuse in literals.
    /// </summary>
    private static bool Usable(string core, bool json)
        => core.Length > 0 && (!json || core.All(ch => ch >= ' ' && ch is not ('"' or '\\' or '/')));
}
