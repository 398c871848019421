using DuckDB.NET.Data;

namespace TrailAlarm.FilterPatterns.Tests.Sql;

/// <summary>An in-memory DuckDB that evaluates compiled predicates and whole queries.</summary>
internal sealed class DuckDbEngine : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    public DuckDbEngine() => connection.Open();

    /// <summary>Does the predicate hold for this record (bound as column j, JSON when it parses, else text)?</summary>
    public bool Holds(string predicate, string record, bool json)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {predicate} FROM (SELECT CAST($r AS {(json ? "JSON" : "VARCHAR")}) AS j)";
        command.Parameters.Add(new DuckDBParameter("r", record));
        var result = command.ExecuteScalar();
        return result is bool b ? b : throw new InvalidOperationException($"predicate returned {result ?? "NULL"}: {predicate}");
    }

    /// <summary>The rows of a query, each as its column values in text.</summary>
    public List<string?[]> Rows(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose() => connection.Dispose();
}
