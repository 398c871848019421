using System.CommandLine;
using System.Globalization;
using TrailAlarm.Aws;
using TrailAlarm.Aws.Athena;
using TrailAlarm.Cli.Commands;
using TrailAlarm.FilterPatterns.Sql;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>
/// scan athena:DATABASE.TABLE: the rules compiled to one Athena query, run in the account, its rows streamed into the
/// scan's outputs and alarm simulation. Reports the query id and the data scanned; Ctrl-C stops the query.
/// </summary>
internal static class ScanAthena
{
    public const string Prefix = "athena:";

    /// <summary>Ctrl-C (cli.md: 130).</summary>
    private const int Interrupted = 130;

    // Athena's published price for SQL queries: USD 5 per TB scanned (aws.amazon.com/athena/pricing).
    private const double DollarsPerTerabyte = 5.0;

    public static bool IsAthena(IReadOnlyList<string> sources) => sources.Any(s => s.StartsWith(Prefix, StringComparison.Ordinal));

    public static async Task<int> RunAsync(CliConsole console, ParseResult parsed, AwsOptions aws, AthenaOptions athena, IReadOnlyList<string> sources, IReadOnlyList<ScanRule> rules, ScanWindow window, Func<string, AlarmSettings?>? settingsFor, string format, CancellationToken cancellationToken)
    {
        if (sources.Count != 1)
        {
            throw new UsageException("an athena: source is scanned on its own: give one athena:DATABASE.TABLE and no other source");
        }

        var table = sources[0][Prefix.Length..];
        if (table.Length == 0 || table.Split('.').Any(part => part.Length == 0 || !part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new UsageException($"'{sources[0]}' is not athena:DATABASE.TABLE (letters, digits and _)");
        }

        var sql = QueryCommand.Compile(rules, new SqlSource(SqlEngine.Athena, table, window.Since, window.Until));
        var target = athena.Target(parsed, table.Contains('.', StringComparison.Ordinal) ? table[..table.IndexOf('.', StringComparison.Ordinal)] : null);
        var (session, failure) = ScanAws.Connect(parsed, aws);
        if (session is null)
        {
            console.Error(failure!);
            return ExitCodes.Unknown;
        }

        using (session)
        {
            try
            {
                return await QueryAsync(console, new AthenaQueryRun(session.Athena()), sql, target, rules, settingsFor, format, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsApiException e)
            {
                console.Error(e.Message);
                return ExitCodes.Unknown;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                console.Error("interrupted: the Athena query was stopped");
                return Interrupted;
            }
        }
    }

    private static async Task<int> QueryAsync(CliConsole console, AthenaQueryRun run, string sql, AthenaTarget target, IReadOnlyList<ScanRule> rules, Func<string, AlarmSettings?>? settingsFor, string format, CancellationToken cancellationToken)
    {
        var queryId = await run.StartAsync(sql, target, cancellationToken).ConfigureAwait(false);
        console.Err.WriteLine($"trailalarm: Athena query {queryId} started in workgroup {target.WorkGroup}");
        var outcome = await run.WaitAsync(queryId, cancellationToken).ConfigureAwait(false);
        console.Err.WriteLine($"trailalarm: Athena query {queryId} {outcome.State}: {Scanned(outcome.DataScannedBytes)}");
        if (!outcome.Succeeded)
        {
            console.Error($"Athena query {queryId} {outcome.State}: {outcome.Reason ?? "no reason given"}");
            return ExitCodes.Unknown;
        }

        using var output = IScanOutput.For(format, console.Out);
        var kept = new List<ScanMatch>();
        var sourcesSeen = new HashSet<string>(StringComparer.Ordinal);
        long ordinal = 0;
        await foreach (var row in run.RowsAsync(queryId, cancellationToken).ConfigureAwait(false))
        {
            var match = AthenaMatches.From(row, ordinal++);
            sourcesSeen.Add(match.Source);
            output.Match(match);
            if (settingsFor is not null)
            {
                kept.Add(match);
            }

            output.Flush();
        }

        if (settingsFor is not null)
        {
            foreach (var rule in rules)
            {
                if (settingsFor(rule.Id) is { } settings)
                {
                    output.Alarms(rule.Id, AlarmSimulator.Simulate(kept.Where(m => m.RuleId == rule.Id), settings));
                }
            }
        }

        // Athena reports bytes scanned, not events read: the summary counts the matches and the files they came from.
        output.Summary(new ScanSummary(0, ordinal, sourcesSeen.Count, 0, []));
        return ExitCodes.Ok;
    }

    private static string Scanned(long? bytes) => bytes is not { } b
        ? "data scanned not reported"
        : string.Create(CultureInfo.InvariantCulture, $"{b / 1e6:0.###} MB scanned (about ${b / 1e12 * DollarsPerTerabyte:0.####} at ${DollarsPerTerabyte} per TB)");
}
