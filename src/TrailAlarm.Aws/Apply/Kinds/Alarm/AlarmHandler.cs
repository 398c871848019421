using System.Text.Json;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Remediation;
using Cw = TrailAlarm.Aws.CloudWatch;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// The CIS alarm. PutMetricAlarm replaces the whole alarm, so apply sends the live alarm with the plan's settings laid
/// over it, and rollback sends the journalled alarm back, every setting included.
/// </summary>
internal sealed class AlarmHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.Alarm;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.AlarmName);
        var alarms = await Aws.Gate.ReadAsync("cloudwatch:DescribeAlarms", () =>
            Aws.Session.CloudWatch(region).DescribeAllMetricAlarmsAsync(new Cw.DescribeAlarmsRequest { AlarmNames = [name] }, ct)).ConfigureAwait(false);
        var alarm = alarms.FirstOrDefault(a => a.AlarmName == name);
        return alarm is null ? null : new ResourceState(
            ResourceAttributes.Alarm(SnapshotMapping.Alarm(alarm, region)),
            JsonSerializer.Serialize(alarm, ApplyJsonContext.Default.MetricAlarm));
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var live = current?.Raw is { } json ? JsonSerializer.Deserialize(json, ApplyJsonContext.Default.MetricAlarm) : null;
        await PutAsync(change.Region, AlarmRequests.Desired(change.After!, live), ct).ConfigureAwait(false);
        return [];
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("cloudwatch:DeleteAlarms", () => Aws.Session.CloudWatch(entry.Region).DeleteAlarmsAsync(new Cw.DeleteAlarmsRequest([A(entry.After!, Attr.AlarmName)]), ct), ct);

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => PutAsync(entry.Region, AlarmRequests.Restore(JsonSerializer.Deserialize(entry.RawBefore!, ApplyJsonContext.Default.MetricAlarm)!), ct);

    private Task<Cw.CloudWatchEmptyResponse> PutAsync(string region, Cw.PutMetricAlarmRequest request, CancellationToken ct)
        => Aws.Gate.MutateAsync("cloudwatch:PutMetricAlarm", () => Aws.Session.CloudWatch(region).PutMetricAlarmAsync(request, ct), ct);
}
