using TrailAlarm.FilterPatterns.Matching;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// Compiles a parsed filter pattern to an SQL predicate over one CloudTrail record, with the native matcher's
/// semantics, or refuses with the reason when the engine cannot express it exactly.
/// </summary>
public static class SqlCompiler
{
    /// <summary>The WHERE predicate selecting the records the pattern matches.</summary>
    public static SqlExpression Where(FilterPattern pattern, SqlEngine engine) => Where(pattern, SqlDialects.For(engine));

    internal static SqlExpression Where(FilterPattern pattern, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            return SqlExpression.Of(Node(pattern.Node, dialect));
        }
        catch (SqlRefusedException e)
        {
            return SqlExpression.Refused(e.Message);
        }
    }

    /// <summary>
    /// The metric value a filter publishes for a matching record, as a DOUBLE (NULL when the reference is missing or
    /// not numeric): a number ("1") or a JSON selector ("$.field"). Delimited references ($name) are refused.
    /// </summary>
    public static SqlExpression MetricValue(string metricValue, SqlEngine engine) => MetricValue(metricValue, SqlDialects.For(engine));

    internal static SqlExpression MetricValue(string metricValue, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(metricValue);
        var text = metricValue.Trim();
        if (!text.StartsWith('$'))
        {
            return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var constant) && double.IsFinite(constant)
                ? SqlExpression.Of(SqlText.Double(constant))
                : SqlExpression.Refused($"the metric value `{metricValue}` is neither a number nor a $.selector");
        }
        try
        {
            var cursor = new Cursor(text, 0, text.Length);
            var selector = SelectorParser.Parse(cursor);
            if (!cursor.AtEnd) return SqlExpression.Refused($"the metric value `{metricValue}` is not a JSON selector");
            if (selector.HasWildcard) return SqlExpression.Refused($"the metric value `{metricValue}` has a wildcard; only a plain selector is compiled");
            return dialect.Resolve(selector) is SingleNode { Node: var node }
                ? SqlExpression.Of(MetricNumber(dialect, node))
                : SqlExpression.Refused($"the metric value `{metricValue}` reaches several values");
        }
        catch (PatternSyntaxException e)
        {
            return SqlExpression.Refused($"the metric value `{metricValue}` is not a JSON selector: {e.Error.Message}");
        }
        catch (SqlRefusedException e)
        {
            return SqlExpression.Refused(e.Message);
        }
    }

    private static string MetricNumber(SqlDialect dialect, SqlNode node) => node.Shape switch
    {
        NodeShape.Json => $"CASE WHEN {dialect.JsonIsNumber(node.Expr)} OR {dialect.JsonIsString(node.Expr)} THEN {SqlDialect.ToDouble(dialect.JsonText(node.Expr))} END",
        NodeShape.Text or NodeShape.UntypedText => SqlDialect.ToDouble(node.Expr),
        _ => "CAST(NULL AS DOUBLE)",
    };

    private static string Node(PatternNode node, SqlDialect dialect) => node switch
    {
        MatchAllNode => "TRUE",
        TermsNode t => Terms(t, dialect),
        RegexNode r => dialect.RegexSearch(RecordText(dialect, "a standalone regex pattern"), SqlText.Quote(SqlRegex.Translate(r.Regex.Body))),
        JsonNode j => Bool(j.Root, new SqlPredicates(dialect)),
        _ => throw new SqlRefusedException("space-delimited patterns match fields of a text line by position; CloudTrail records are JSON, and no SQL is generated for them"),
    };

    private static string Bool(BoolExpr expr, SqlPredicates predicates) => expr switch
    {
        AndExpr a => "(" + string.Join(" AND ", a.Items.Select(i => Bool(i, predicates))) + ")",
        OrExpr o => "(" + string.Join(" OR ", o.Items.Select(i => Bool(i, predicates))) + ")",
        Condition c => predicates.Condition(c),
        _ => throw new InvalidOperationException("unknown boolean node"),
    };

    // Mirrors TermMatcher: required terms all occur, excluded terms none, ? terms count only when every term is one.
    private static string Terms(TermsNode node, SqlDialect dialect)
    {
        var text = RecordText(dialect, "a term pattern");
        string Contains(Term t) => $"strpos({text}, {SqlText.Quote(t.Text)}) > 0";
        if (node.Terms.Any(t => t.Mode == TermMode.Excluded && TermMatcher.IsBlank(t.Text))) return "FALSE";
        var parts = new List<string>();
        parts.AddRange(node.Terms.Where(t => t.Mode == TermMode.Excluded).Select(t => "NOT " + Contains(t)));
        parts.AddRange(node.Terms.Where(t => t.Mode == TermMode.Required && !TermMatcher.IsBlank(t.Text)).Select(Contains));
        if (node.Terms.Count > 0 && node.Terms.All(t => t.Mode == TermMode.Optional) && !node.Terms.Any(t => TermMatcher.IsBlank(t.Text)))
            parts.Add("(" + string.Join(" OR ", node.Terms.Select(Contains)) + ")");
        return parts.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", parts) + ")";
    }

    private static string RecordText(SqlDialect dialect, string what)
        => dialect.RecordText ?? throw new SqlRefusedException($"{what} searches the record's raw text, which the {dialect.Name} table does not keep");
}
