using TrailAlarm.Aws.LogSources;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>
/// Follows a folder or a log group: each poll reads what is new since the cursor (files new or changed; log events
/// from a little before the previous poll), simulates the alarm over every match still in reach, and notifies each
/// ALARM period once. The cursor is saved after every delivered notification, so a restart never notifies the same
/// period twice (a failed delivery is retried next poll).
/// </summary>
internal sealed class WatchLoop(string folder, string cursorPath, IReadOnlyList<ScanRule> rules, AlarmSettings settings, IWatchNotifier notifier, CliConsole console)
{
    /// <summary>How far back each log-group poll reads again, for events delivered late (CloudTrail: minutes).</summary>
    public static readonly TimeSpan LogGroupOverlap = TimeSpan.FromMinutes(20);

    /// <summary>Set to follow a log group instead of a folder (the folder argument then only names it).</summary>
    public TrailAlarm.Aws.Logs.LogsClient? Logs { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Matches older than this before the newest one can no longer start an alarm worth telling.</summary>
    private static readonly TimeSpan Reach = TimeSpan.FromDays(7);

    private readonly ScanRunner runner = new(rules, ScanWindow.All, Environment.ProcessorCount);

    /// <summary>One poll; returns how many read errors and undelivered notifications it met.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var cursor = WatchCursor.Load(cursorPath);
        if (Logs is not null)
        {
            return await PollLogGroupAsync(cursor, Logs, cancellationToken).ConfigureAwait(false);
        }

        var changed = Changed(cursor);
        var errors = 0;
        if (changed.Count > 0)
        {
            var unfinished = new HashSet<string>(StringComparer.Ordinal);
            var summary = await runner.RunAsync(Units(changed.Select(c => c.Path)), result =>
            {
                Absorb(cursor, result);
                if (result.Incomplete)
                {
                    unfinished.Add(result.Source);
                }
            }, cancellationToken).ConfigureAwait(false);
            foreach (var error in summary.Errors)
            {
                console.Error($"watch: {error}");
            }

            errors = summary.Errors.Count;
            // A file whose reading broke off is not marked read: the next poll reads it again (its matches are kept once).
            foreach (var (path, seen) in changed.Where(c => !unfinished.Contains(c.Path)))
            {
                cursor.Files[path] = seen;
            }

            cursor.Save(cursorPath);
        }

        return errors + await NotifyAsync(cursor, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> PollLogGroupAsync(WatchCursor cursor, TrailAlarm.Aws.Logs.LogsClient logs, CancellationToken cancellationToken)
    {
        var started = Clock.GetUtcNow();
        var window = new ScanWindow(cursor.LogGroupFrom ?? started - LogGroupOverlap, null);
        var summary = await runner.RunAsync(Units(new CloudWatchLogsUnit(logs, folder, window)), result => Absorb(cursor, result), cancellationToken).ConfigureAwait(false);
        foreach (var error in summary.Errors)
        {
            console.Error($"watch: {error}");
        }

        cursor.LogGroupFrom = started - LogGroupOverlap;
        cursor.Save(cursorPath);
        return summary.Errors.Count + await NotifyAsync(cursor, cancellationToken).ConfigureAwait(false);
    }

    private List<(string Path, SeenFile Seen)> Changed(WatchCursor cursor)
    {
        var changed = new List<(string, SeenFile)>();
        var own = Path.GetFullPath(cursorPath);
        var listing = LocalFiles.List(folder);
        foreach (var skipped in listing.Skipped)
        {
            console.Error($"watch: {skipped.Path}: {skipped.Reason}");
        }

        foreach (var path in listing.Files)
        {
            if (Path.GetFullPath(path) is var full && (full == own || full == own + ".tmp"))
            {
                continue;
            }

            var info = new FileInfo(path);
            var seen = new SeenFile(info.Length, info.LastWriteTimeUtc);
            if (!cursor.Files.TryGetValue(path, out var before) || before != seen)
            {
                changed.Add((path, seen));
            }
        }

        return changed;
    }

    private static async IAsyncEnumerable<ILogUnit> Units(ILogUnit unit)
    {
        yield return unit;
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<ILogUnit> Units(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            yield return new FileLogUnit(path);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static void Absorb(WatchCursor cursor, UnitResult result)
    {
        // A changed file is read again whole, a log group from before the last poll: keep each match once (by its
        // line in a file; by its eventID in a log group, where positions change from poll to poll).
        var byEvent = result.Source.StartsWith("cwlogs:", StringComparison.Ordinal);
        string Key(string ruleId, string? eventId, long line) => byEvent ? $"{ruleId}|{eventId}" : $"{ruleId}|{line}";
        var known = cursor.Matches.Where(m => m.Source == result.Source).Select(m => Key(m.RuleId, m.EventId, m.Line)).ToHashSet(StringComparer.Ordinal);
        foreach (var m in result.Matches.Where(m => known.Add(Key(m.RuleId, m.EventId, m.Line))))
        {
            cursor.Matches.Add(new CursorMatch(m.RuleId, m.EventId, m.EventName, m.EventTime, m.Source, m.Line, m.Value));
        }
    }

    private static void Prune(WatchCursor cursor)
    {
        var newest = cursor.Matches.Max(m => m.EventTime);
        if (newest is { } n)
        {
            cursor.Matches.RemoveAll(m => m.EventTime is { } t && t < n - Reach);
        }
    }

    /// <summary>Sends every ALARM period not yet notified; when all went out, forgets matches out of reach.
    /// Returns how many could not be delivered.</summary>
    private async Task<int> NotifyAsync(WatchCursor cursor, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var rule in rules)
        {
            var matches = cursor.Matches.Where(m => m.RuleId == rule.Id).Select(m => new ScanMatch(m.RuleId, m.EventId, m.EventName, m.EventTime, m.Source, m.Line, 0, m.Value));
            foreach (var period in AlarmSimulator.Simulate(matches, settings).AlarmPeriods)
            {
                var notification = WatchNotification.From(rule.Id, period);
                if (cursor.Notified.Contains(notification.Key))
                {
                    continue;
                }

                try
                {
                    await notifier.SendAsync(notification, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or TrailAlarm.Aws.AwsApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    console.Error($"watch: could not notify {notification.Key} ({e.Message}); will retry");
                    failed++;
                    continue;
                }

                cursor.Notified.Add(notification.Key);
                cursor.Save(cursorPath);
            }
        }

        if (failed == 0)
        {
            Prune(cursor);
            cursor.Save(cursorPath);
        }

        return failed;
    }
}
