using System.Globalization;
using System.Text;

namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>
/// Prints the canonical spelling: single spaces, minimal parentheses, string values always double-quoted,
/// terms quoted unless they are plain words. Parsing the output yields a structurally equal pattern.
/// </summary>
internal static class CanonicalPrinter
{
    public static string Print(PatternNode node) => node switch
    {
        MatchAllNode => "",
        TermsNode t => string.Join(' ', t.Terms.Select(PrintTerm)),
        RegexNode r => "%" + r.Regex.Body + "%",
        JsonNode j => "{ " + PrintExpr(j.Root, nested: false) + " }",
        DelimitedNode d => "[" + string.Join(", ", d.Fields.Select(PrintField)) + "]",
        _ => throw new InvalidOperationException("unknown pattern node"),
    };

    public static string PrintExpr(BoolExpr expr, bool nested) => expr switch
    {
        OrExpr or => nested ? "(" + string.Join(" || ", or.Items.Select(i => PrintExpr(i, true))) + ")"
                            : string.Join(" || ", or.Items.Select(i => PrintExpr(i, true))),
        AndExpr and => string.Join(" && ", and.Items.Select(i => PrintExpr(i, true))),
        Condition c => PrintCondition(c),
        _ => throw new InvalidOperationException("unknown expression"),
    };

    public static string PrintCondition(Condition c)
    {
        var target = c.Selector is null ? c.Target : PrintSelector(c.Selector);
        return c.Kind switch
        {
            ConditionKind.IsNull => target + " IS NULL",
            ConditionKind.IsTrue => target + " IS TRUE",
            ConditionKind.IsFalse => target + " IS FALSE",
            ConditionKind.NotExists => target + " NOT EXISTS",
            _ => target + " " + PrintOp(c.Op) + " " + PrintLiteral(c.Value!),
        };
    }

    public static string PrintOp(CompareOp op) => op switch
    {
        CompareOp.Equal => "=",
        CompareOp.NotEqual => "!=",
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "<=",
        CompareOp.Greater => ">",
        _ => ">=",
    };

    public static string PrintLiteral(Literal literal) => literal switch
    {
        StringLiteral s => Quote(s.Text),
        NumberLiteral n => n.Text,
        RegexLiteral r => "%" + r.Body + "%",
        _ => throw new InvalidOperationException("unknown literal"),
    };

    public static string PrintSelector(Selector selector)
    {
        var sb = new StringBuilder("$");
        foreach (var step in selector.Steps)
        {
            switch (step)
            {
                case PropertyStep p when !p.Bracketed && p.Name.All(Cursor.IsNameChar): sb.Append('.').Append(p.Name); break;
                case PropertyStep p: sb.Append(".['").Append(p.Name).Append("']"); break;
                case IndexStep i: sb.Append('[').Append(i.Index.ToString(CultureInfo.InvariantCulture)).Append(']'); break;
                case AnyElementStep: sb.Append("[*]"); break;
                case AnyValueStep: sb.Append(".*"); break;
            }
        }
        return sb.ToString();
    }

    private static string PrintTerm(Term term)
    {
        var prefix = term.Mode switch { TermMode.Optional => "?", TermMode.Excluded => "-", _ => "" };
        var plain = term.Text.Length > 0 && term.Text.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');
        return prefix + (plain ? term.Text : Quote(term.Text));
    }

    private static string PrintField(DelimitedField field) => field switch
    {
        EllipsisField => "...",
        NamedField { Name: null } => "",
        NamedField { Condition: null } n => n.Name!,
        NamedField n => PrintExpr(n.Condition!, nested: false),
        _ => throw new InvalidOperationException("unknown field"),
    };

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
