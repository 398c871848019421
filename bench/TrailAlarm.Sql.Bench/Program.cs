using System.Diagnostics;
using DuckDB.NET.Data;

// Runs one SQL file in an in-memory DuckDB and reports its row count and time: `bench/sql-vs-scan.sh` feeds it the
// query `trailalarm query --engine duckdb` prints. Usage: QUERY.sql [THREADS]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: TrailAlarm.Sql.Bench QUERY.sql [THREADS]");
    return 2;
}

using var connection = new DuckDBConnection("Data Source=:memory:");
connection.Open();
if (args.Length == 2)
{
    using var threads = connection.CreateCommand();
    threads.CommandText = $"SET threads = {int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)}";
    threads.ExecuteNonQuery();
}

using var command = connection.CreateCommand();
command.CommandText = File.ReadAllText(args[0]).TrimEnd().TrimEnd(';');
var clock = Stopwatch.StartNew();
using var reader = command.ExecuteReader();
long rows = 0;
while (reader.Read())
{
    rows++;
}

Console.WriteLine($"{rows} rows in {clock.Elapsed.TotalSeconds:0.000} s");
return 0;
