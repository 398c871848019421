using System.Globalization;
using System.Text;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>One rule of a query: the id its rows report under, its pattern and its metric value.</summary>
public sealed record SqlRule(string Id, FilterPattern Pattern, string MetricValue = "1");

/// <summary>
/// Where a query reads: the table (Athena: [database.]table; CloudTrail Lake: the event data store id; DuckDB: a
/// file, folder glob or comma-separated list of them) and the time window [Since, Until).
/// </summary>
public sealed record SqlSource(SqlEngine Engine, string Table, DateTimeOffset? Since = null, DateTimeOffset? Until = null);

/// <summary>A whole query, or for each rule the engine cannot express, the reason.</summary>
public sealed record SqlQuery(string? Sql, IReadOnlyList<string> Refusals)
{
    /// <summary>The columns every query returns, in order: the fields `scan` prints, plus the metric value.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["controlId", "eventID", "eventName", "eventTime", "source", "value"];

    /// <summary>
    /// One query scanning the source once: each record yields one row per rule whose pattern matches it.
    /// </summary>
    public static SqlQuery Build(IReadOnlyList<SqlRule> rules, SqlSource source)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(source);
        if (rules.Count == 0) throw new ArgumentException("a query needs at least one rule", nameof(rules));
        var refusals = new List<string>();
        var compiled = new List<(string Id, string Where, string Value)>();
        var fields = new List<string>();
        var dialect = source.Engine == SqlEngine.DuckDb ? new DuckDbDialect(fields) : SqlDialects.For(source.Engine);
        foreach (var rule in rules)
        {
            var where = SqlCompiler.Where(rule.Pattern, dialect);
            var value = SqlCompiler.MetricValue(rule.MetricValue, dialect);
            if (!where.Success) refusals.Add($"{rule.Id}: {where.Refusal}");
            else if (!value.Success) refusals.Add($"{rule.Id}: {value.Refusal}");
            else compiled.Add((rule.Id, where.Sql!, value.Sql!));
        }
        if (refusals.Count > 0) return new SqlQuery(null, refusals);
        var sql = source.Engine == SqlEngine.DuckDb ? DuckDb(compiled, fields, source) : Trino(compiled, source);
        return new SqlQuery(sql, []);
    }

    private static string ValueCase(IEnumerable<(string Id, string Where, string Value)> rules, string id)
        => $"CASE {id}" + string.Concat(rules.Select(r => $"\n        WHEN {SqlText.Quote(r.Id)} THEN {r.Value}")) + "\n    END";

    private static string DuckDb(List<(string Id, string Where, string Value)> rules, List<string> fields, SqlSource source)
    {
        var files = string.Join(", ", source.Table.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SqlText.Quote));
        var time = "TRY_CAST(json_extract_string(j, '$.eventTime') AS TIMESTAMPTZ)";
        var window = Window(source, time, t => $"TIMESTAMPTZ {SqlText.Quote(t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "+00")}");
        var sb = new StringBuilder();
        sb.Append("WITH records AS (\n");
        sb.Append("    -- NDJSON lines are records; a {\"Records\": [...]} object holds many\n");
        sb.Append("    SELECT filename AS source, unnest(CASE WHEN json_type(json, '$.Records') = 'ARRAY' THEN json_extract(json, '$.Records[*]') ELSE [json] END) AS j\n");
        // A CloudTrail file is one JSON object, often above DuckDB's 16 MB default limit for one object.
        sb.Append($"    FROM read_json_objects([{files}], format = 'auto', filename = true, maximum_object_size = 1073741824)\n");
        sb.Append("), fields AS (\n");
        sb.Append("    -- every field the rules read, extracted in one pass over the record\n");
        var extract = fields.Count == 0 ? "CAST(NULL AS JSON[])" : "json_extract(j, [" + string.Join(", ", fields.Select(SqlText.Quote)) + "])";
        sb.Append("    SELECT source, j, ").Append(extract).Append(" AS f\n    FROM records\n");
        sb.Append("), hits AS (\n");
        sb.Append("    SELECT unnest(list_filter([");
        sb.Append(string.Join(",", rules.Select(r => $"\n        CASE WHEN {r.Where} THEN {SqlText.Quote(r.Id)} END")));
        sb.Append("\n    ], lambda i: i IS NOT NULL)) AS controlId, j, f, source\n    FROM fields");
        if (window.Count > 0) sb.Append("\n    WHERE ").Append(string.Join(" AND ", window));
        sb.Append("\n)\n");
        sb.Append("SELECT controlId, json_extract_string(j, '$.eventID') AS eventID, json_extract_string(j, '$.eventName') AS eventName,\n");
        sb.Append("    json_extract_string(j, '$.eventTime') AS eventTime, source,\n    ");
        sb.Append(ValueCase(rules, "controlId")).Append(" AS value\n");
        sb.Append("FROM hits\nORDER BY eventTime, eventID, controlId");
        return sb.ToString();
    }

    private static string Trino(List<(string Id, string Where, string Value)> rules, SqlSource source)
    {
        var athena = source.Engine == SqlEngine.Athena;
        var window = athena
            ? Window(source, "from_iso8601_timestamp(eventtime)", t => $"from_iso8601_timestamp({SqlText.Quote(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))})")
            : Window(source, "eventtime", t => $"TIMESTAMP {SqlText.Quote(t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture))}");
        if (athena) window.AddRange(PartitionWindow(source));
        var sb = new StringBuilder();
        sb.Append("SELECT m.controlId AS controlId, eventid AS eventID, eventname AS eventName,\n");
        sb.Append(athena ? "    eventtime AS eventTime, \"$path\" AS source,\n    " : $"    to_iso8601(eventtime) AS eventTime, {SqlText.Quote(source.Table)} AS source,\n    ");
        sb.Append(ValueCase(rules, "m.controlId")).Append(" AS value\n");
        sb.Append("FROM ").Append(source.Table).Append('\n');
        sb.Append("CROSS JOIN UNNEST(filter(ARRAY[");
        sb.Append(string.Join(",", rules.Select(r => $"\n    IF({r.Where}, {SqlText.Quote(r.Id)})")));
        sb.Append("\n], i -> i IS NOT NULL)) AS m (controlId)");
        if (window.Count > 0) sb.Append("\nWHERE ").Append(string.Join("\n    AND ", window));
        sb.Append("\nORDER BY eventTime, eventID, controlId");
        return sb.ToString();
    }

    private static List<string> Window(SqlSource source, string time, Func<DateTimeOffset, string> literal)
    {
        var window = new List<string>();
        if (source.Since is { } since) window.Add($"{time} >= {literal(since)}");
        if (source.Until is { } until) window.Add($"{time} < {literal(until)}");
        return window;
    }

    // The table's `timestamp` partition is the delivery day (yyyy/MM/dd); a day's margin on each side keeps events
    // delivered across midnight, while still pruning every other day's files.
    private static IEnumerable<string> PartitionWindow(SqlSource source)
    {
        static string Day(DateTimeOffset t) => SqlText.Quote(t.UtcDateTime.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture));
        if (source.Since is { } since) yield return $"\"timestamp\" >= {Day(since.AddDays(-1))}";
        if (source.Until is { } until) yield return $"\"timestamp\" <= {Day(until.AddDays(1))}";
    }
}
