using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

internal static class FindingFactory
{
    public static Finding Of(Control control, AccountSnapshot snapshot, Status status, Chain evidence, string reason)
        => new(control.Id, status, control.Severity, snapshot.Account, evidence.Region, evidence.Resource, reason, evidence.Steps, control.Frameworks);
}
