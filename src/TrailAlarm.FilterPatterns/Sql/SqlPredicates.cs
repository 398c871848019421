using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// The compiler core: one JSON-pattern condition as an SQL predicate that is TRUE exactly when the native matcher's
/// condition holds (spec 6.3-6.5), never NULL. A selector reaching several values is existential, like the matcher.
/// </summary>
internal sealed class SqlPredicates(SqlDialect dialect)
{
    private const string PlainDecimal = "'^[+-]?[0-9]+(\\.[0-9]+)?\\z'";

    public string Condition(Condition condition)
    {
        var nodes = dialect.Resolve(condition.Selector!);
        if (condition.Kind == ConditionKind.NotExists)
        {
            return nodes switch
            {
                SingleNode s => $"{s.Node.Expr} IS NULL",
                ManyNodes m => $"NOT {dialect.AnyMatch(m, $"{m.Element.Expr} IS NOT NULL")}",
                _ => throw new InvalidOperationException(),
            };
        }
        return nodes switch
        {
            SingleNode s => $"COALESCE({OnNode(condition, s.Node)}, FALSE)",
            ManyNodes m => dialect.AnyMatch(m, OnNode(condition, m.Element)),
            _ => throw new InvalidOperationException(),
        };
    }

    private string OnNode(Condition c, SqlNode node) => c.Kind switch
    {
        ConditionKind.IsNull => IsNull(node),
        ConditionKind.IsTrue => IsBoolean(node, true),
        ConditionKind.IsFalse => IsBoolean(node, false),
        _ => Compare(c.Op, c.Value!, node),
    };

    private string IsNull(SqlNode node) => node.Shape switch
    {
        NodeShape.Json => dialect.JsonIsNull(node.Expr),
        // A table column is NULL both for an absent field and for JSON null (see docs/scale.md).
        NodeShape.Text or NodeShape.BooleanText or NodeShape.Boolean or NodeShape.Composite => $"{node.Expr} IS NULL",
        NodeShape.Absent => "FALSE",
        _ => throw new SqlRefusedException($"{dialect.Name} keeps no JSON null in this map value, so IS NULL cannot be tested"),
    };

    private string IsBoolean(SqlNode node, bool value) => node.Shape switch
    {
        NodeShape.Json => dialect.JsonIsBoolean(node.Expr, value),
        NodeShape.BooleanText => $"{node.Expr} = {SqlText.Quote(value ? "true" : "false")}",
        NodeShape.Boolean => $"{node.Expr} = {(value ? "TRUE" : "FALSE")}",
        NodeShape.Text or NodeShape.Composite or NodeShape.Absent => "FALSE",
        _ => throw new SqlRefusedException($"{dialect.Name} keeps this map value as text, so a JSON boolean cannot be told from the string \"{(value ? "true" : "false")}\""),
    };

    private string Compare(CompareOp op, Literal literal, SqlNode node)
    {
        var view = View(node);
        if (view.Scalar == "FALSE") return "FALSE";
        return op switch
        {
            CompareOp.Equal => $"({view.Scalar} AND {Equal(literal, view)})",
            // != needs an existing scalar that = rejects (spec 6.3); an engine NULL (say, a failed cast) is a rejection.
            CompareOp.NotEqual => $"({view.Scalar} AND NOT COALESCE({Equal(literal, view)}, FALSE))",
            _ => Relational(op, (NumberLiteral)literal, view),
        };
    }

    private string Equal(Literal literal, ScalarView v) => literal switch
    {
        StringLiteral s => TextMatches(s, v.Text),
        NumberLiteral n => $"(({v.IsNumber} AND {SqlDialect.ToDouble(v.Text)} = {SqlText.Double(n.Double)})"
            + $" OR ({v.IsString} AND CASE WHEN {dialect.RegexSearch(v.Text, PlainDecimal)} THEN {SqlDialect.ToDouble(v.Text)} = {SqlText.Double(n.Double)}"
            + $" ELSE {v.Text} = {SqlText.Quote(n.Text)} END))",
        RegexLiteral r => dialect.RegexSearch(v.Text, SqlText.Quote(SqlRegex.Translate(r.Body))),
        _ => throw new InvalidOperationException(),
    };

    private string Relational(CompareOp op, NumberLiteral n, ScalarView v)
    {
        var sqlOp = op switch
        {
            CompareOp.Less => "<",
            CompareOp.LessOrEqual => "<=",
            CompareOp.Greater => ">",
            _ => ">=",
        };
        var numeric = $"({v.IsNumber} OR ({v.IsString} AND {dialect.RegexSearch(v.Text, PlainDecimal)}))";
        return $"({v.Scalar} AND {numeric} AND {SqlDialect.ToDouble(v.Text)} {sqlOp} {SqlText.Double(n.Double)})";
    }

    private static string TextMatches(StringLiteral s, string text) => s.Shape switch
    {
        WildcardShape.Any => "TRUE",
        WildcardShape.Exact => $"{text} = {SqlText.Quote(s.Core)}",
        WildcardShape.Prefix => $"{text} LIKE {SqlText.LikePattern(s.Core, false, true)}",
        WildcardShape.Suffix => $"{text} LIKE {SqlText.LikePattern(s.Core, true, false)}",
        _ => $"{text} LIKE {SqlText.LikePattern(s.Core, true, true)}",
    };

    /// <summary>The type tests and text of a value in its shape's terms.</summary>
    private sealed record ScalarView(string Scalar, string IsString, string IsNumber, string Text);

    private ScalarView View(SqlNode node) => node.Shape switch
    {
        NodeShape.Json => new(dialect.JsonIsScalar(node.Expr), dialect.JsonIsString(node.Expr), dialect.JsonIsNumber(node.Expr), dialect.JsonText(node.Expr)),
        NodeShape.Text or NodeShape.UntypedText => new($"{node.Expr} IS NOT NULL", "TRUE", "FALSE", node.Expr),
        NodeShape.BooleanText => new($"{node.Expr} IS NOT NULL", "FALSE", "FALSE", node.Expr),
        NodeShape.Boolean => new($"{node.Expr} IS NOT NULL", "FALSE", "FALSE", $"CAST({node.Expr} AS VARCHAR)"),
        _ => new("FALSE", "FALSE", "FALSE", "NULL"),
    };
}
