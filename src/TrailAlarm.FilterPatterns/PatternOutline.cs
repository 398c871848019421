using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns;

/// <summary>
/// A readable tree of what a pattern tests: <paramref name="Kind"/> is one of all, any-of, all-of, condition, term,
/// field, ellipsis, regex, match-all; <paramref name="Text"/> is the canonical text of the node and
/// <paramref name="Meaning"/> says in words how it is evaluated.
/// </summary>
public sealed record PatternOutline(string Kind, string Text, string Meaning, IReadOnlyList<PatternOutline> Children);

internal static class PatternOutliner
{
    public static PatternOutline Outline(PatternNode node) => node switch
    {
        MatchAllNode => Leaf("match-all", "", "matches every event"),
        TermsNode t => new PatternOutline("all-of", CanonicalPrinter.Print(t), TermsMeaning(t), t.Terms.Select(Term).ToList()),
        RegexNode r => Leaf("regex", "%" + r.Regex.Body + "%", "unanchored regular-expression search over the whole message"),
        JsonNode j => Expr(j.Root),
        DelimitedNode d => new PatternOutline("fields", CanonicalPrinter.Print(d), "splits the event at whitespace (\"..\" and [..] group) and tests each field in order", d.Fields.Select(Field).ToList()),
        _ => Leaf("unknown", "", ""),
    };

    private static PatternOutline Leaf(string kind, string text, string meaning) => new(kind, text, meaning, []);

    private static string TermsMeaning(TermsNode t)
    {
        var allOptional = t.Terms.All(x => x.Mode == TermMode.Optional);
        if (allOptional) return "at least one of the ? terms occurs (case-sensitive substring)";
        var ignored = t.Terms.Any(x => x.Mode == TermMode.Optional) ? "; the ? terms are IGNORED because other terms are present" : "";
        return "every plain term occurs and no - term occurs (case-sensitive substrings)" + ignored;
    }

    private static PatternOutline Term(Term term)
    {
        var text = term.Text;
        var meaning = term.Mode switch
        {
            TermMode.Excluded => $"the event must not contain \"{text}\"",
            TermMode.Optional => $"optional: \"{text}\"",
            _ => TermMatcherMeaning(text),
        };
        return Leaf("term", (term.Mode switch { TermMode.Optional => "?", TermMode.Excluded => "-", _ => "" }) + "\"" + text + "\"", meaning);
    }

    private static string TermMatcherMeaning(string text)
        => text.AsSpan().Trim().IsEmpty ? "a blank phrase: always true" : $"the event contains \"{text}\"";

    private static PatternOutline Field(DelimitedField field) => field switch
    {
        EllipsisField => Leaf("ellipsis", "...", "any number of fields"),
        NamedField { Condition: null } n => Leaf("field", n.Name ?? "", n.Name is null ? "an unnamed field" : $"field ${n.Name}, any value"),
        NamedField n => new PatternOutline("field", n.Name!, $"field ${n.Name} must satisfy", [Expr(n.Condition!)]),
        _ => Leaf("unknown", "", ""),
    };

    private static PatternOutline Expr(BoolExpr expr) => expr switch
    {
        OrExpr or => new PatternOutline("any-of", CanonicalPrinter.PrintExpr(or, nested: false), "true when any alternative is true", or.Items.Select(Expr).ToList()),
        AndExpr and => new PatternOutline("all-of", CanonicalPrinter.PrintExpr(and, nested: false), "true when every clause is true", and.Items.Select(Expr).ToList()),
        Condition c => Leaf("condition", CanonicalPrinter.PrintCondition(c), ConditionMeaning(c)),
        _ => Leaf("unknown", "", ""),
    };

    private static string ConditionMeaning(Condition c)
    {
        var target = c.Selector is null ? $"field ${c.Target}" : c.Target;
        return c.Kind switch
        {
            ConditionKind.IsNull => $"{target} is JSON null (a missing property is not null)",
            ConditionKind.IsTrue => $"{target} is the JSON boolean true",
            ConditionKind.IsFalse => $"{target} is the JSON boolean false",
            ConditionKind.NotExists => $"{target} is absent (a null value exists)",
            _ => c.Op switch
            {
                CompareOp.Equal => $"{target} {ValueMeaning(c.Value!)}",
                CompareOp.NotEqual => $"{target} exists with a value that is not {ValueMeaning(c.Value!)[3..]} (false when the property is missing)",
                _ => $"{target} is a number {CanonicalPrinter.PrintOp(c.Op)} {((NumberLiteral)c.Value!).Text}",
            },
        };
    }

    private static string ValueMeaning(Literal value) => value switch
    {
        StringLiteral { Shape: WildcardShape.Any } => "is any value (not null, not missing)",
        StringLiteral { Shape: WildcardShape.Prefix } s => $"is a value starting with \"{s.Core}\"",
        StringLiteral { Shape: WildcardShape.Suffix } s => $"is a value ending with \"{s.Core}\"",
        StringLiteral { Shape: WildcardShape.Contains } s => $"is a value containing \"{s.Core}\"",
        StringLiteral s => $"is exactly \"{s.Text}\" (case-sensitive)",
        NumberLiteral n => $"is the number {n.Text}",
        RegexLiteral r => $"is a value in which %{r.Body}% finds a match",
        _ => "",
    };
}
