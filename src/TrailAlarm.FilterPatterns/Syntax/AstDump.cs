namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>
/// A structural rendering of the AST (not pattern syntax) used to compare two parses for equality; it is
/// independent of the canonical printer so that round-trip tests can catch printer mistakes.
/// </summary>
internal static class AstDump
{
    public static string Dump(PatternNode node) => node switch
    {
        MatchAllNode => "all",
        TermsNode t => "terms(" + string.Join(";", t.Terms.Select(x => $"{x.Mode}:<{x.Text}>")) + ")",
        RegexNode r => "regex<" + r.Regex.Body + ">",
        JsonNode j => "json(" + Expr(j.Root) + ")",
        DelimitedNode d => "fields(" + string.Join(";", d.Fields.Select(Field)) + ")",
        _ => "?",
    };

    private static string Field(DelimitedField f) => f switch
    {
        EllipsisField => "...",
        NamedField n => $"<{n.Name}>" + (n.Condition is null ? "" : ":" + Expr(n.Condition)),
        _ => "?",
    };

    private static string Expr(BoolExpr e) => e switch
    {
        OrExpr or => "or(" + string.Join(",", or.Items.Select(Expr)) + ")",
        AndExpr and => "and(" + string.Join(",", and.Items.Select(Expr)) + ")",
        Condition c => "cond(" + Target(c) + "," + c.Kind + (c.Kind == ConditionKind.Compare ? "," + c.Op + "," + Lit(c.Value!) : "") + ")",
        _ => "?",
    };

    private static string Target(Condition c) => c.Selector is null
        ? "field<" + c.Target + ">"
        : string.Join("", c.Selector.Steps.Select(s => s switch
        {
            PropertyStep p => $"/<{p.Name}>",
            IndexStep i => $"/[{i.Index}]",
            AnyElementStep => "/[*]",
            AnyValueStep => "/*",
            _ => "?",
        }));

    private static string Lit(Literal l) => l switch
    {
        StringLiteral s => $"str<{s.Text}>",
        NumberLiteral n => $"num<{n.Text}>",
        RegexLiteral r => $"re<{r.Body}>",
        _ => "?",
    };
}
