using System.CommandLine;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// trailalarm watch FOLDER: poll for new log files and notify once per ALARM period. Exit 0 when stopped (Ctrl+C) or
/// after --once; 2 for usage errors; 3 when --once met input it could not read or a notification it could not deliver.
/// </summary>
internal static class WatchCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("watch", "Follow new events (a folder or a log group) and notify when an alarm would fire.");
        var source = new Argument<string>("SOURCE") { Description = "A folder, or cwlogs:LOG_GROUP (polled from a little before the last poll)." };
        command.Arguments.Add(source);
        var aws = new AwsOptions();
        aws.AddTo(command);
        var notify = new Option<string>("--notify") { Description = "stdout, webhook:URL or sns:ARN.", DefaultValueFactory = _ => "stdout" };
        var cursor = new Option<string?>("--cursor") { Description = "Cursor file that survives restarts (default: .trailalarm-watch.json in the folder; for a log group .trailalarm-watch-GROUP.json here)." };
        var controls = new Option<string?>("--controls") { Description = "Comma-separated control ids or groups such as cis-monitoring (default: all with a pattern)." };
        var interval = new Option<int>("--interval") { Description = "Seconds between polls.", DefaultValueFactory = _ => 30 };
        var once = new Option<bool>("--once") { Description = "Poll once and exit (for cron jobs)." };
        var alarm = new ScanAlarmOptions();
        foreach (var option in new Option[] { notify, cursor, controls, interval, once })
        {
            command.Options.Add(option);
        }

        alarm.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var folder = parsed.GetValue(source)!;
            var logGroup = folder.StartsWith("cwlogs:", StringComparison.Ordinal) ? folder["cwlogs:".Length..] : null;
            if (logGroup is { Length: 0 })
            {
                throw new UsageException("cwlogs: needs a log group name, e.g. cwlogs:/aws/cloudtrail/main");
            }

            if (logGroup is null && !Directory.Exists(folder))
            {
                throw new UsageException($"no such folder: {folder}");
            }

            var seconds = parsed.GetValue(interval);
            if (seconds < 1)
            {
                throw new UsageException($"--interval must be at least 1 second (got {seconds})");
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            TrailAlarm.Aws.AwsSession? session = null;
            var sns = parsed.GetValue(notify)!.StartsWith("sns:", StringComparison.Ordinal);
            if (sns || logGroup is not null)
            {
                if (sns)
                {
                    WatchNotifierFactory.CheckedTopicArn(parsed.GetValue(notify)!);
                }

                (session, var failure) = ScanAws.Connect(parsed, aws);
                if (session is null)
                {
                    console.Error(failure!);
                    return ExitCodes.Unknown;
                }
            }

            using var owned = session;
            var notifier = WatchNotifierFactory.Create(parsed.GetValue(notify)!, console, http, session);
            var rules = Rules(parsed.GetValue(controls));
            var cursorPath = parsed.GetValue(cursor)
                ?? (logGroup is null ? Path.Combine(folder, ".trailalarm-watch.json") : $".trailalarm-watch-{string.Concat(logGroup.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'))}.json");
            var loop = new WatchLoop(logGroup ?? folder, cursorPath, rules, alarm.Read(parsed), notifier, console) { Logs = logGroup is null ? null : session!.Logs() };
            if (parsed.GetValue(once))
            {
                return await loop.PollAsync(cancellationToken).ConfigureAwait(false) == 0 ? ExitCodes.Ok : ExitCodes.Unknown;
            }

            try
            {
                while (true)
                {
                    await loop.PollAsync(cancellationToken).ConfigureAwait(false);
                    await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static IReadOnlyList<ScanRule> Rules(string? controls)
    {
        try
        {
            return ScanRules.ForControls(ControlCatalogue.Default, controls?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
