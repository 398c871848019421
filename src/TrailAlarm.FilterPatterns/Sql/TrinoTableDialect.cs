using System.Text;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// Trino SQL over a CloudTrail table with typed columns: a selector walks the table's fields and, inside a column
/// that holds JSON text, continues as a JSON path. Athena and CloudTrail Lake differ only in their columns.
/// </summary>
internal abstract class TrinoTableDialect(IReadOnlyList<TableField> columns) : SqlDialect
{
    public override string? RecordText => null;

    public override SqlNodeSet Resolve(Selector selector) => Walk(selector, selector.Steps, 0, columns, null);

    private SqlNodeSet Walk(Selector selector, IReadOnlyList<SelectorStep> steps, int at, IReadOnlyList<TableField> fields, string? parent)
    {
        if (steps[at] is not PropertyStep property)
            throw Refuse(selector, "a table row is a set of named columns, not a list");
        var field = fields.FirstOrDefault(f => string.Equals(f.JsonName, property.Name, StringComparison.Ordinal))
            ?? throw Refuse(selector, $"the table has no column for `{property.Name}` at this place (names are case-sensitive, as in the record)");
        var expr = parent is null ? field.SqlName : parent + "." + field.SqlName;
        var next = at + 1;
        SqlNodeSet Leaf(NodeShape shape) => next == steps.Count ? Single(new SqlNode(expr, shape)) : Single(new SqlNode("NULL", NodeShape.Absent));
        switch (field.Kind)
        {
            case ColumnKind.Text: return Leaf(NodeShape.Text);
            case ColumnKind.BooleanText: return Leaf(NodeShape.BooleanText);
            case ColumnKind.Boolean: return Leaf(NodeShape.Boolean);
            case ColumnKind.Timestamp: throw Refuse(selector, "the table holds this field as a timestamp, not as the record's text");
            case ColumnKind.Struct:
                return next == steps.Count ? Single(new SqlNode(expr, NodeShape.Composite)) : Walk(selector, steps, next, field.Children!, expr);
            case ColumnKind.StringMap:
                return Map(selector, steps, next, expr);
            case ColumnKind.JsonText:
                return next == steps.Count ? Single(new SqlNode(expr, NodeShape.Composite)) : Json(selector, steps, next, expr);
            default:
                return StructArray(selector, steps, next, field, expr);
        }
    }

    private static SingleNode Single(SqlNode node) => new(node);

    private SqlNodeSet StructArray(Selector selector, IReadOnlyList<SelectorStep> steps, int at, TableField field, string expr)
    {
        if (at == steps.Count) return new SingleNode(new SqlNode(expr, NodeShape.Composite));
        switch (steps[at])
        {
            case IndexStep i:
                var element = $"element_at({expr}, {i.Index + 1})";
                return at + 1 == steps.Count ? new SingleNode(new SqlNode(element, NodeShape.Composite)) : Walk(selector, steps, at + 1, field.Children!, element);
            case AnyElementStep or AnyValueStep:
                var inner = at + 1 == steps.Count
                    ? new SingleNode(new SqlNode("x", NodeShape.Composite))
                    : Walk(selector, steps, at + 1, field.Children!, "x");
                return new ManyNodes(expr, "x", ((SingleNode)inner).Node);
            default:
                throw Refuse(selector, "`resources` is a list; name an element with [n] or [*]");
        }
    }

    private SingleNode Map(Selector selector, IReadOnlyList<SelectorStep> steps, int at, string expr)
    {
        if (at == steps.Count) return Single(new SqlNode(expr, NodeShape.Composite));
        if (steps[at] is not PropertyStep key || at + 1 != steps.Count)
            throw Refuse(selector, $"{Name} keeps this field as a map of strings, so only one named key below it can be reached");
        return Single(new SqlNode($"element_at({expr}, {SqlText.Quote(key.Name)})", NodeShape.UntypedText));
    }

    private static SqlNodeSet Json(Selector selector, IReadOnlyList<SelectorStep> steps, int at, string column)
    {
        var rest = steps.Skip(at).ToList();
        var wildcard = rest.FindIndex(s => s is AnyElementStep or AnyValueStep);
        if (wildcard < 0) return Single(new SqlNode($"json_extract({column}, {SqlText.Quote(Path(rest))})", NodeShape.Json));
        var prefix = $"json_extract({column}, {SqlText.Quote(Path(rest.Take(wildcard)))})";
        var list = rest[wildcard] is AnyElementStep
            ? $"TRY_CAST({prefix} AS ARRAY(JSON))"
            : $"COALESCE(TRY_CAST({prefix} AS ARRAY(JSON)), map_values(TRY_CAST({prefix} AS MAP(VARCHAR, JSON))))";
        var suffix = rest.Skip(wildcard + 1).ToList();
        var element = suffix.Count == 0 ? "x" : $"json_extract(x, {SqlText.Quote(Path(suffix))})";
        return new ManyNodes(list, "x", new SqlNode(element, NodeShape.Json));
    }

    private static string Path(IEnumerable<SelectorStep> steps)
    {
        var sb = new StringBuilder("$");
        foreach (var step in steps)
        {
            sb.Append(step switch
            {
                PropertyStep p => SqlText.PathKey(p.Name),
                IndexStep i => $"[{i.Index}]",
                _ => throw new InvalidOperationException("one wildcard per selector"),
            });
        }
        return sb.ToString();
    }

    private SqlRefusedException Refuse(Selector selector, string why) => new($"{Name} cannot reach {CanonicalPrinter.PrintSelector(selector)}: {why}");

    public override string RegexSearch(string text, string quotedPattern) => $"regexp_like({text}, {quotedPattern})";

    public override string AnyMatch(ManyNodes nodes, string predicate) => $"COALESCE(any_match({nodes.List}, {nodes.Var} -> {predicate}), FALSE)";

    public override string JsonIsNull(string x) => $"json_format({x}) = 'null'";

    public override string JsonIsBoolean(string x, bool value) => $"json_format({x}) = '{(value ? "true" : "false")}'";

    public override string JsonIsScalar(string x) => $"(is_json_scalar({x}) AND json_format({x}) <> 'null')";

    public override string JsonIsString(string x) => $"json_format({x}) LIKE '\"%'";

    public override string JsonIsNumber(string x) => $"(is_json_scalar({x}) AND json_format({x}) NOT LIKE '\"%' AND json_format({x}) NOT IN ('true', 'false', 'null'))";

    public override string JsonText(string x) => $"json_extract_scalar({x}, '$')";
}

internal sealed class AthenaDialect() : TrinoTableDialect(CloudTrailColumns.Athena)
{
    public override string Name => "Athena";
}

internal sealed class CloudTrailLakeDialect() : TrinoTableDialect(CloudTrailColumns.CloudTrailLake)
{
    public override string Name => "CloudTrail Lake";
}
