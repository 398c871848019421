using System.CommandLine;
using TrailAlarm.FilterPatterns.Sql;
using TrailAlarm.Scanning;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// trailalarm query: print the SQL that runs the controls (or --pattern) where the logs already are: Athena,
/// CloudTrail Lake or DuckDB. With --create-table (Athena) print, or --run, the CloudTrail table DDL for a trail.
/// Exit 2 when a pattern cannot be expressed exactly in the engine's SQL, with the reason.
/// </summary>
internal static class QueryCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("query", "Print the SQL query that finds, in Athena, CloudTrail Lake or DuckDB, every event the controls (or --pattern) match.");
        var engine = new Option<string>("--engine") { Description = "athena, cloudtrail-lake or duckdb.", Required = true };
        engine.AcceptOnlyFromAmong("athena", "cloudtrail-lake", "duckdb");
        var controls = new Option<string?>("--controls") { Description = "Comma-separated control ids (default: all with a pattern)." };
        var pattern = new Option<string?>("--pattern") { Description = "Query for this filter pattern instead of the controls." };
        var metricValue = new Option<string>("--metric-value") { Description = "With --pattern: the metric value, a number or $.field (default 1).", DefaultValueFactory = _ => "1" };
        var table = new Option<string?>("--table") { Description = "Athena: [database.]table (default cloudtrail_logs); CloudTrail Lake: the event data store id; DuckDB: files or globs, comma-separated." };
        var since = new Option<string?>("--since") { Description = "Only events at or after this time (ISO 8601, or 30m / 24h / 7d ago)." };
        var until = new Option<string?>("--until") { Description = "Only events before this time (ISO 8601, or 30m / 24h / 7d ago)." };
        var tableOptions = new QueryTableOptions();
        foreach (var option in new Option[] { engine, controls, pattern, metricValue, table, since, until })
        {
            command.Options.Add(option);
        }

        tableOptions.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var engineName = parsed.GetValue(engine)!;
            if (parsed.GetValue(tableOptions.CreateTable))
            {
                if (engineName != "athena")
                {
                    throw new UsageException("--create-table is for --engine athena (CloudTrail Lake and DuckDB need no table)");
                }

                return await QueryCreateTable.RunAsync(console, parsed, tableOptions, parsed.GetValue(table) ?? "cloudtrail_logs", cancellationToken).ConfigureAwait(false);
            }

            if (parsed.GetValue(tableOptions.Run))
            {
                throw new UsageException("--run executes the --create-table statement; to run a query, use 'trailalarm scan athena:DATABASE.TABLE'");
            }

            if (parsed.GetValue(controls) is not null && parsed.GetValue(pattern) is not null)
            {
                throw new UsageException("--controls and --pattern cannot be combined: query for one of them");
            }

            var sqlEngine = Engine(engineName);
            var source = new SqlSource(
                sqlEngine,
                parsed.GetValue(table) ?? DefaultTable(sqlEngine),
                ScanTimeParser.Parse(parsed.GetValue(since), "--since", TimeProvider.System),
                ScanTimeParser.Parse(parsed.GetValue(until), "--until", TimeProvider.System));
            var rules = ScanCommand.Rules(parsed.GetValue(controls), parsed.GetValue(pattern), parsed.GetValue(metricValue)!);
            console.Out.WriteLine(Compile(rules, source) + ";");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The query, or a usage error naming every rule the engine cannot express and why.</summary>
    internal static string Compile(IReadOnlyList<ScanRule> rules, SqlSource source)
    {
        var query = SqlQuery.Build(rules.Select(r => new SqlRule(r.Id, r.Pattern, r.MetricValue)).ToList(), source);
        return query.Sql ?? throw new UsageException($"cannot query with {EngineName(source.Engine)}: " + string.Join("; ", query.Refusals));
    }

    internal static SqlEngine Engine(string name) => name switch
    {
        "athena" => SqlEngine.Athena,
        "cloudtrail-lake" => SqlEngine.CloudTrailLake,
        _ => SqlEngine.DuckDb,
    };

    private static string EngineName(SqlEngine engine) => engine switch
    {
        SqlEngine.Athena => "athena",
        SqlEngine.CloudTrailLake => "cloudtrail-lake",
        _ => "duckdb",
    };

    private static string DefaultTable(SqlEngine engine) => engine switch
    {
        SqlEngine.Athena => "cloudtrail_logs",
        SqlEngine.CloudTrailLake => throw new UsageException("--engine cloudtrail-lake needs --table EVENT_DATA_STORE_ID"),
        _ => throw new UsageException("--engine duckdb needs --table with the CloudTrail files to read, e.g. --table 'logs/**/*.json.gz'"),
    };
}
