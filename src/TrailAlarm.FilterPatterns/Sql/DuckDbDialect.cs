using System.Text;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// DuckDB over records read with read_json_objects: each record is one JSON value <c>j</c>, so every selector is a
/// JSON path and every JSON type is known at run time. With <paramref name="fields"/>, plain selectors become
/// elements of one list column <c>f</c> that the query fills with a single json_extract(j, [paths]) per record:
/// the record text is parsed once, not once per condition.
/// </summary>
internal sealed class DuckDbDialect(List<string>? fields = null) : SqlDialect
{
    public const string Record = "j";

    public const string Fields = "f";

    public override string Name => "DuckDB";

    public override string? RecordText => $"CAST({Record} AS VARCHAR)";

    public override SqlNodeSet Resolve(Selector selector)
    {
        var steps = selector.Steps;
        var wildcard = steps.ToList().FindIndex(s => s is AnyElementStep or AnyValueStep);
        if (wildcard < 0) return new SingleNode(new SqlNode(Field(Path(steps)), NodeShape.Json));
        var prefix = Path(steps.Take(wildcard));
        var suffix = Path(steps.Skip(wildcard + 1))[1..];
        var elements = $"json_extract({Record}, {SqlText.Quote(prefix + "[*]" + suffix)})";
        // `.*` takes an object's values and also an array's elements (spec 6.2); DuckDB's `.*` only the former.
        var list = steps[wildcard] is AnyElementStep
            ? elements
            : $"CASE WHEN json_type({Record}, {SqlText.Quote(prefix)}) = 'ARRAY' THEN {elements} ELSE json_extract({Record}, {SqlText.Quote(prefix + ".*" + suffix)}) END";
        return new ManyNodes(list, "x", new SqlNode("x", NodeShape.Json));
    }

    private string Field(string path)
    {
        if (fields is null) return $"json_extract({Record}, {SqlText.Quote(path)})";
        var index = fields.IndexOf(path);
        if (index < 0)
        {
            fields.Add(path);
            index = fields.Count - 1;
        }
        return $"{Fields}[{index + 1}]";
    }

    private static string Path(IEnumerable<SelectorStep> steps)
    {
        var sb = new StringBuilder("$");
        foreach (var step in steps)
        {
            switch (step)
            {
                case PropertyStep p:
                    if (p.Name.Contains('"', StringComparison.Ordinal) || p.Name.Contains('\\', StringComparison.Ordinal))
                        throw new SqlRefusedException($"the key `{p.Name}` holds a quote or backslash, which a DuckDB JSON path cannot name");
                    sb.Append(".\"").Append(p.Name).Append('"');
                    break;
                case IndexStep i:
                    sb.Append('[').Append(i.Index).Append(']');
                    break;
                default:
                    throw new InvalidOperationException("one wildcard per selector");
            }
        }
        return sb.ToString();
    }

    public override string RegexSearch(string text, string quotedPattern) => $"regexp_matches({text}, {quotedPattern})";

    public override string AnyMatch(ManyNodes nodes, string predicate)
        => $"COALESCE(len(list_filter({nodes.List}, lambda {nodes.Var}: {predicate})) > 0, FALSE)";

    public override string JsonIsNull(string x) => $"json_type({x}) = 'NULL'";

    public override string JsonIsBoolean(string x, bool value) => $"(json_type({x}) = 'BOOLEAN' AND CAST({x} AS VARCHAR) = '{(value ? "true" : "false")}')";

    public override string JsonIsScalar(string x) => $"json_type({x}) NOT IN ('NULL', 'OBJECT', 'ARRAY')";

    public override string JsonIsString(string x) => $"json_type({x}) = 'VARCHAR'";

    public override string JsonIsNumber(string x) => $"json_type({x}) IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')";

    public override string JsonText(string x) => $"json_extract_string({x}, '$')";
}
