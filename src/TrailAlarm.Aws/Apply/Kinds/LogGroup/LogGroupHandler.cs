using System.Globalization;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using Lg = TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Apply;

/// <summary>The log group --integrate-trail creates, encrypted and with its retention; rollback deletes it, and its retention with it.</summary>
internal sealed class LogGroupHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.LogGroup;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.LogGroupName);
        var groups = await Aws.Gate.ReadAsync("logs:DescribeLogGroups", () =>
            Aws.Session.Logs(region).DescribeAllLogGroupsAsync(new Lg.DescribeLogGroupsRequest { LogGroupNamePrefix = name }, ct)).ConfigureAwait(false);
        return groups.FirstOrDefault(g => g.LogGroupName == name) is not { } group ? null : new ResourceState(new Dictionary<string, string>
        {
            [Attr.Region] = region,
            [Attr.LogGroupName] = name,
            [Attr.RetentionInDays] = LogGroupSpec.Retention(group.RetentionInDays),
            [Attr.KmsKeyId] = group.KmsKeyId ?? "",
        });
    }

    /// <summary>
    /// Create, then put the retention: an apply stopped between the two resumes from its journal and makes both again
    /// (CreateLogGroup finding the group is done; PutRetentionPolicy sets the same value).
    /// </summary>
    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var g = LogGroupSpec.From(change);
        var logs = Aws.Session.Logs(change.Region);
        await Aws.Gate.MutateAsync("logs:CreateLogGroup", () => ApplyContext.UnlessExists(() => logs.CreateLogGroupAsync(new Lg.CreateLogGroupRequest
        {
            LogGroupName = g.LogGroupName, KmsKeyId = g.Encrypted ? g.KmsKeyId : null,
        }, ct)), ct).ConfigureAwait(false);
        if (g.Expires)
        {
            var days = int.Parse(g.RetentionInDays, CultureInfo.InvariantCulture);
            await Aws.Gate.MutateAsync("logs:PutRetentionPolicy", () => logs.PutRetentionPolicyAsync(new Lg.PutRetentionPolicyRequest(g.LogGroupName, days), ct), ct).ConfigureAwait(false);
        }

        return [];
    }

    /// <summary>An apply stopped or failed between CreateLogGroup and PutRetentionPolicy left the group without retention.</summary>
    public override string Moved(JournalEntry entry, ResourceState current)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(current);
        var halfway = entry.Phase != JournalPhase.Done && A(current.Attributes, Attr.RetentionInDays).Length == 0;
        return base.Moved(halfway ? entry with { After = entry.After?.Where(kv => kv.Key != Attr.RetentionInDays).ToDictionary() } : entry, current);
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("logs:DeleteLogGroup", () => CallGate.OrNullWhenMissing(() => Aws.Session.Logs(entry.Region).DeleteLogGroupAsync(new Lg.DeleteLogGroupRequest(A(entry.After!, Attr.LogGroupName)), ct)), ct);
}
