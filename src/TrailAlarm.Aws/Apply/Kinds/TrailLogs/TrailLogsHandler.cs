using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using Ct = TrailAlarm.Aws.CloudTrail;

namespace TrailAlarm.Aws.Apply;

/// <summary>A trail's CloudWatch Logs link: UpdateTrail sets it, rollback puts the old link back.</summary>
internal sealed class TrailLogsHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.TrailLogs;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.TrailName);
        var trails = await Aws.Gate.ReadAsync("cloudtrail:DescribeTrails", () => Aws.Session.CloudTrail(region).DescribeAllTrailsAsync(ct)).ConfigureAwait(false);
        var trail = trails.FirstOrDefault(t => t.Name == name && t.HomeRegion == region);
        return trail is null ? null : new ResourceState(new Dictionary<string, string>
        {
            [Attr.Region] = region,
            [Attr.TrailName] = name,
            [Attr.LogGroupArn] = trail.CloudWatchLogsLogGroupArn ?? "",
            [Attr.LogsRoleArn] = trail.CloudWatchLogsRoleArn ?? "",
        });
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        await UpdateAsync(TrailLogsSpec.From(change.Region, change.After!), ct).ConfigureAwait(false);
        return [];
    }

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => UpdateAsync(TrailLogsSpec.From(entry.Region, Before(entry)), ct);

    private Task<Ct.Trail> UpdateAsync(TrailLogsSpec t, CancellationToken ct)
        => Aws.Gate.MutateAsync("cloudtrail:UpdateTrail", () => Aws.Session.CloudTrail(t.Region).UpdateTrailAsync(new Ct.TrailSettings
        {
            Name = t.TrailName, CloudWatchLogsLogGroupArn = t.LogGroupArn, CloudWatchLogsRoleArn = t.RoleArn,
        }, ct), ct);
}
