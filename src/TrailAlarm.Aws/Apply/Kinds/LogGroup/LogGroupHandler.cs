using TrailAlarm.Remediation;
using Lg = TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Apply;

/// <summary>The log group --integrate-trail creates; rollback deletes it.</summary>
internal sealed class LogGroupHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.LogGroup;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.LogGroupName);
        var groups = await Aws.Gate.ReadAsync("logs:DescribeLogGroups", () =>
            Aws.Session.Logs(region).DescribeAllLogGroupsAsync(new Lg.DescribeLogGroupsRequest { LogGroupNamePrefix = name }, ct)).ConfigureAwait(false);
        return groups.Any(g => g.LogGroupName == name)
            ? new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.LogGroupName] = name })
            : null;
    }

    public override bool IsDone(Change change, ResourceState current) => true;

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var name = change.Attribute(Attr.LogGroupName);
        await Aws.Gate.MutateAsync("logs:CreateLogGroup", () => ApplyContext.UnlessExists(() => Aws.Session.Logs(change.Region).CreateLogGroupAsync(new Lg.CreateLogGroupRequest { LogGroupName = name }, ct)), ct).ConfigureAwait(false);
        return [];
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("logs:DeleteLogGroup", () => CallGate.OrNullWhenMissing(() => Aws.Session.Logs(entry.Region).DeleteLogGroupAsync(new Lg.DeleteLogGroupRequest(A(entry.After!, Attr.LogGroupName)), ct)), ct);
}
