using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// Does a trail's event selection log every required event? Each sample record is judged by its own fields —
/// management or data, readOnly, eventSource, and whatever else an advanced selector filters on — so a WriteOnly
/// trail fails a control whose events include reads.
/// </summary>
internal static class EventSelectorCheck
{
    public static (Status Status, string Detail) Judge(EventSelectors selectors, IReadOnlyList<RequiredEvent> required)
    {
        if (selectors.Basic.Count == 0 && selectors.Advanced.Count == 0)
        {
            return (Status.Pass, "no event selectors set, so AWS's default applies: all management events, reads and writes");
        }

        if (selectors.Basic.Count > 0 && selectors.Basic.All(s => !s.IncludeManagementEvents) && required.Any(e => e.IsManagement))
        {
            return (Status.Fail, "no selector includes management events (data events only)");
        }

        var missed = new List<string>();
        var unsure = new List<string>();
        foreach (var e in required)
        {
            var (logged, why) = selectors.Advanced.Count > 0 ? AdvancedSelectorCheck.Logs(selectors.Advanced, e) : Basic(selectors.Basic, e);
            if (logged == false)
            {
                missed.Add($"{e.Name} ({why})");
            }
            else if (logged is null)
            {
                unsure.Add($"{e.Name} ({why})");
            }
        }

        var kind = selectors.Advanced.Count > 0 ? "advanced event selectors" : "event selectors";
        if (missed.Count > 0)
        {
            return (Status.Fail, $"the {kind} do not log {missed.Count} of {required.Count} required events: {string.Join("; ", missed)}");
        }

        if (unsure.Count > 0)
        {
            return (Status.Unknown, $"the {kind} filter on fields the sample records cannot settle, so logging of {string.Join("; ", unsure)} is not certain");
        }

        var note = selectors.Advanced.Count == 0 && !selectors.Basic.Any(s => s.IncludeManagementEvents && s.ReadWriteType == "All")
            ? $" ({selectors.Basic.First(s => s.IncludeManagementEvents).ReadWriteType}: enough for these events; CIS asks for All)"
            : "";
        return (Status.Pass, $"the {kind} log every required event{note}");
    }

    private static (bool? Logged, string Why) Basic(IReadOnlyList<BasicEventSelector> selectors, RequiredEvent e)
    {
        if (!e.IsManagement)
        {
            return (selectors.Any(s => s.DataResources.Count > 0) ? null : false, "a data event; no selector names data resources");
        }

        var management = selectors.Where(s => s.IncludeManagementEvents).ToList();
        var bySource = management.Where(s => !s.ExcludeManagementEventSources.Contains(e.Source, StringComparer.Ordinal)).ToList();
        if (bySource.Count == 0)
        {
            return (false, $"management events from {e.Source} are excluded");
        }

        if (bySource.Any(s => s.ReadWriteType == "All"))
        {
            return (true, "");
        }

        if (e.ReadOnly is not { } readOnly)
        {
            return (null, "the record does not say whether it is read-only");
        }

        var wanted = readOnly ? "ReadOnly" : "WriteOnly";
        return bySource.Any(s => s.ReadWriteType == wanted)
            ? (true, "")
            : (false, readOnly ? "a read, and management events are logged WriteOnly" : "a write, and management events are logged read-only (ReadOnly)");
    }
}
