using System.Globalization;
using System.Text;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>Literal spelling shared by every dialect (standard SQL: '' inside quotes, no backslash escapes).</summary>
internal static class SqlText
{
    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A LIKE pattern whose only wildcards are the given prefix and suffix %, escaped with backslash.</summary>
    public static string LikePattern(string core, bool anyBefore, bool anyAfter)
    {
        var sb = new StringBuilder(core.Length + 4);
        if (anyBefore) sb.Append('%');
        foreach (var ch in core)
        {
            if (ch is '%' or '_' or '\\') sb.Append('\\');
            sb.Append(ch);
        }
        if (anyAfter) sb.Append('%');
        return Quote(sb.ToString()) + " ESCAPE '\\'";
    }

    public static string Double(double value) => "CAST(" + value.ToString("R", CultureInfo.InvariantCulture) + " AS DOUBLE)";

    /// <summary>A selector key fit for a double-quoted JSON path key in both DuckDB and Trino.</summary>
    public static string PathKey(string key)
    {
        if (key.Contains('"', StringComparison.Ordinal) || key.Contains('\\', StringComparison.Ordinal))
            throw new SqlRefusedException($"the key `{key}` holds a quote or backslash, which a SQL JSON path cannot name");
        return "[\"" + key + "\"]";
    }
}
