using System.CommandLine;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// trailalarm scan: run the controls (or --pattern) over CloudTrail events. Exit 0 when every input was read (matches
/// are findings, not failures), 2 for a usage error or bad input found before scanning, 3 when some input could not
/// be read (listed in the summary; everything else was still scanned).
/// </summary>
internal static class ScanCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("scan", "Run the controls (or --pattern) over CloudTrail events and list what would fire.");
        var sources = new Argument<string[]>("SOURCE") { Description = "Files or folders (.json, .json.gz, NDJSON; '-' for stdin), s3://bucket/prefix, cwlogs:LOG_GROUP, lookup-events, or athena:DATABASE.TABLE (the query runs in Athena).", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(sources);
        var aws = new AwsOptions();
        aws.AddTo(command);
        var controls = new Option<string?>("--controls") { Description = "Comma-separated control ids or groups such as cis-monitoring (default: all with a pattern)." };
        var pattern = new Option<string?>("--pattern") { Description = "Scan for this filter pattern instead of the controls." };
        var patternsFile = new Option<string?>("--patterns-file") { Description = "Scan for every pattern of a JSON array of {\"id\", \"pattern\"} in one pass." };
        var metricValue = new Option<string>("--metric-value") { Description = "With --pattern: the metric value, a number or $.field (default 1).", DefaultValueFactory = _ => "1" };
        var since = new Option<string?>("--since") { Description = "Only events at or after this time (ISO 8601, or 30m / 24h / 7d ago)." };
        var until = new Option<string?>("--until") { Description = "Only events before this time (ISO 8601, or 30m / 24h / 7d ago)." };
        var simulate = new Option<bool>("--simulate-alarm") { Description = "Show the alarm periods that would have fired (CIS settings unless overridden)." };
        var snapshot = new Option<string?>("--from-snapshot") { Description = "Scan for the account's own metric filters in an audit snapshot and simulate their own alarms." };
        var strict = new Option<bool>("--strict") { Description = "Check that every NDJSON line is valid JSON, also lines no rule could match (slower)." };
        var format = new Option<string>("--format") { Description = "table, json or ndjson.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "ndjson");
        var alarm = new ScanAlarmOptions();
        foreach (var option in new Option[] { controls, pattern, patternsFile, metricValue, since, until, simulate, snapshot, strict, format })
        {
            command.Options.Add(option);
        }

        alarm.AddTo(command);
        var athena = new AthenaOptions();
        athena.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (new[] { parsed.GetValue(controls), parsed.GetValue(pattern), parsed.GetValue(patternsFile), parsed.GetValue(snapshot) }.Count(v => v is not null) > 1)
            {
                throw new UsageException("--controls, --pattern, --patterns-file and --from-snapshot cannot be combined: scan for one of them");
            }

            Func<string, AlarmSettings?>? settingsFor = null;
            IReadOnlyList<ScanRule> rules;
            if (parsed.GetValue(snapshot) is { } snapshotPath)
            {
                var fromSnapshot = ScanSnapshot.Rules(snapshotPath, console);
                rules = fromSnapshot.Select(r => r.Rule).ToList();
                var byId = fromSnapshot.ToDictionary(r => r.Rule.Id, r => r.Settings, StringComparer.Ordinal);
                settingsFor = id => byId.GetValueOrDefault(id);
            }
            else
            {
                rules = parsed.GetValue(patternsFile) is { } file
                    ? ScanPatternsFile.Read(file, console)
                    : Rules(parsed.GetValue(controls), parsed.GetValue(pattern), parsed.GetValue(metricValue)!);
            }

            var window = new ScanWindow(ScanTimeParser.Parse(parsed.GetValue(since), "--since", TimeProvider.System), ScanTimeParser.Parse(parsed.GetValue(until), "--until", TimeProvider.System));
            if (parsed.GetValue(simulate) && settingsFor is null)
            {
                var settings = alarm.Read(parsed);
                settingsFor = _ => settings;
            }
            else if (!parsed.GetValue(simulate))
            {
                settingsFor = null;
            }

            if (ScanAthena.IsAthena(parsed.GetValue(sources)!))
            {
                return await ScanAthena.RunAsync(console, parsed, aws, athena, parsed.GetValue(sources)!, rules, window, settingsFor, parsed.GetValue(format)!, cancellationToken).ConfigureAwait(false);
            }

            using var checkedSources = ScanSources.Check(parsed.GetValue(sources)!);
            if (checkedSources.NeedsAws)
            {
                var (session, failure) = ScanAws.Connect(parsed, aws);
                if (session is null)
                {
                    console.Error(failure!);
                    return ExitCodes.Unknown;
                }

                checkedSources.Connect(session);
            }

            return await RunAsync(console, rules, window, settingsFor, checkedSources.Units(window, parsed.GetValue(strict), cancellationToken), parsed.GetValue(format)!, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(CliConsole console, IReadOnlyList<ScanRule> rules, ScanWindow window, Func<string, AlarmSettings?>? settingsFor, IAsyncEnumerable<ILogUnit> units, string format, CancellationToken cancellationToken)
    {
        using var output = IScanOutput.For(format, console.Out);
        var kept = new List<ScanMatch>();
        var runner = new ScanRunner(rules, window, Environment.ProcessorCount);
        var summary = await runner.RunAsync(units, result =>
        {
            foreach (var match in result.Matches)
            {
                output.Match(match);
                if (settingsFor is not null)
                {
                    kept.Add(match);
                }
            }

            output.Flush();
        }, cancellationToken).ConfigureAwait(false);

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

        output.Summary(summary);
        return summary.Clean ? ExitCodes.Ok : ExitCodes.Unknown;
    }

    internal static IReadOnlyList<ScanRule> Rules(string? controls, string? pattern, string metricValue)
    {
        if (pattern is not null)
        {
            var (rule, error) = ScanRules.ForPattern(pattern, metricValue);
            return rule is not null
                ? [rule]
                : throw new UsageException($"--pattern is not a valid filter pattern at column {error!.Start + 1}: {error.Message}");
        }

        try
        {
            var ids = controls?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return ScanRules.ForControls(ControlCatalogue.Default, ids);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
