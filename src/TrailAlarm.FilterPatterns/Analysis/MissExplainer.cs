using System.Text;
using System.Text.Json;
using TrailAlarm.FilterPatterns.Matching;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Analysis;

/// <summary>Says which part of a pattern rejected an event, in words a person can act on.</summary>
internal static class MissExplainer
{
    public static string Explain(FilterPattern pattern, string eventJson) => pattern.Node switch
    {
        JsonNode j => ExplainJson(j, (JsonMatcher)pattern.Matcher, eventJson),
        TermsNode t => ExplainTerms(t, eventJson),
        RegexNode r => $"the regular expression `%{r.Regex.Body}%` finds nothing in the event",
        DelimitedNode => "the event's space-separated fields do not satisfy the pattern's field conditions",
        _ => "the pattern matches every event",
    };

    private static string ExplainJson(JsonNode node, JsonMatcher matcher, string eventJson)
    {
        var utf8 = Encoding.UTF8.GetBytes(eventJson);
        var bits = new bool[node.ConditionCount];
        if (!matcher.Scanner.Scan(utf8, bits)) return "the event is not a single JSON object, so no JSON pattern can match it";
        return node.Root switch
        {
            AndExpr and => FirstFalse(and, bits) is var (clause, cond)
                ? $"the pattern's && clause `{CanonicalPrinter.PrintExpr(clause, nested: true)}` is false{Actual(cond, eventJson)}"
                : "the pattern is false",
            OrExpr => "none of the pattern's || alternatives is true" + Actual(FirstCondition(node.Root), eventJson),
            Condition c => $"the pattern's condition `{CanonicalPrinter.PrintCondition(c)}` is false{Actual(c, eventJson)}",
            _ => "the pattern is false",
        };
    }

    private static (BoolExpr Clause, Condition? Deciding)? FirstFalse(AndExpr and, bool[] bits)
    {
        foreach (var item in and.Items)
        {
            if (BoolEvaluator.Evaluate(item, bits)) continue;
            var deciding = item switch
            {
                Condition c => c,
                AndExpr inner => FirstFalse(inner, bits)?.Deciding,
                _ => FirstCondition(item),
            };
            return (item, deciding);
        }
        return null;
    }

    private static Condition? FirstCondition(BoolExpr expr) => BoolEvaluator.Conditions(expr).FirstOrDefault();

    /// <summary>" (the event has $.eventName = "UpdateTrail")" — what the selector actually found.</summary>
    private static string Actual(Condition? condition, string eventJson)
    {
        if (condition?.Selector is null) return "";
        try
        {
            using var doc = JsonDocument.Parse(eventJson);
            var nodes = JsonSelectorResolver.Resolve(doc.RootElement, condition.Selector.Steps).Take(3).ToList();
            var selector = CanonicalPrinter.PrintSelector(condition.Selector);
            if (nodes.Count == 0) return $" (the event has no {selector})";
            var shown = string.Join(", ", nodes.Select(n => Shorten(n.GetRawText())));
            return $" (the event has {selector} = {shown})";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or a string that cannot be decoded: nothing to show.
            return "";
        }
    }

    private static string Shorten(string raw) => raw.Length <= 80 ? raw : raw[..77] + "...";

    private static string ExplainTerms(TermsNode node, string message)
    {
        var excluded = node.Terms.FirstOrDefault(t => t.Mode == TermMode.Excluded && message.Contains(t.Text, StringComparison.Ordinal));
        if (excluded is not null) return $"the excluded term `-{excluded.Text}` occurs in the event";
        var missing = node.Terms.FirstOrDefault(t => t.Mode == TermMode.Required && !TermMatcher.IsBlank(t.Text) && !message.Contains(t.Text, StringComparison.Ordinal));
        if (missing is not null) return $"the term `{missing.Text}` does not occur in the event";
        return "none of the optional `?` terms occurs in the event";
    }
}
