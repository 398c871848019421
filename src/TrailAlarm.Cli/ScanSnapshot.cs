using TrailAlarm.Scanning;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli;

/// <summary>--from-snapshot: the account's own metric filters and alarms, from a saved audit snapshot.</summary>
internal static class ScanSnapshot
{
    public static IReadOnlyList<SnapshotRule> Rules(string path, CliConsole console)
    {
        SnapshotDocument document;
        try
        {
            document = SnapshotFile.Load(path);
        }
        catch (SnapshotFormatException e)
        {
            throw new UsageException(e.Message);
        }

        var rules = SnapshotRules.From(document);
        if (rules.Count == 0)
        {
            throw new UsageException($"snapshot '{path}' holds no metric filter with a valid pattern to scan for");
        }

        foreach (var rule in rules.Where(r => r.Note is not null))
        {
            console.Error($"note: {rule.Rule.Id}: {rule.Note}; its matches are listed but its alarm is not simulated");
        }

        return rules;
    }
}
