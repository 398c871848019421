using System.Text.Json;
using TrailAlarm.Remediation;
using Cfg = TrailAlarm.Aws.Config;
using Cw = TrailAlarm.Aws.CloudWatch;
using Iam = TrailAlarm.Aws.Iam;
using Lg = TrailAlarm.Aws.Logs;
using Sns = TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// Undoes one journal entry, whether or not its call went through: deletes what the entry created, puts back what
/// it changed. Looks before each call, so undoing twice, or undoing what never happened, changes nothing.
/// </summary>
internal sealed class ResourceUndo(AwsSession session, CallGate gate, ResourceProbe probe, ResourceWriter writer)
{
    public async Task UndoAsync(JournalEntry entry, CancellationToken ct)
    {
        var a = entry.After ?? entry.Before ?? new Dictionary<string, string>();
        var region = entry.Region;
        var current = await probe.ReadAsync(entry.Kind, region, a, ct).ConfigureAwait(false);
        if (entry.Inverse == InverseActions.Delete)
        {
            if (current is not null)
            {
                await DeleteAsync(entry, a, current, ct).ConfigureAwait(false);
            }

            return;
        }

        var alreadyBack = entry.Kind != ResourceKinds.TopicPolicy && entry.Before is { } before && ResourceAttributes.Match(before, current?.Attributes ?? new Dictionary<string, string>());
        if (entry.Inverse == InverseActions.Restore && current is not null && !alreadyBack)
        {
            await RestoreAsync(entry, a, current, ct).ConfigureAwait(false);
        }
    }

    private async Task DeleteAsync(JournalEntry entry, IReadOnlyDictionary<string, string> a, ResourceState current, CancellationToken ct)
    {
        var region = entry.Region;
        switch (entry.Kind)
        {
            case ResourceKinds.Topic:
                await gate.MutateAsync("sns:DeleteTopic", () => session.Sns(region).DeleteTopicAsync(a[Attr.Arn], ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Subscription when current.Raw is { } arn && arn.StartsWith("arn:", StringComparison.Ordinal):
                await gate.MutateAsync("sns:Unsubscribe", () => session.Sns(region).UnsubscribeAsync(arn, ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Subscription:
                break; // a pending subscription cannot be removed; AWS drops it when it is not confirmed in three days
            case ResourceKinds.MetricFilter:
                await writer.DeleteFilterAsync(region, a[Attr.LogGroupName], a[Attr.FilterName], ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Alarm:
                await gate.MutateAsync("cloudwatch:DeleteAlarms", () => session.CloudWatch(region).DeleteAlarmsAsync(new Cw.DeleteAlarmsRequest([a[Attr.AlarmName]]), ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.LogGroup:
                await gate.MutateAsync("logs:DeleteLogGroup", () => CallGate.OrNullWhenMissing(() => session.Logs(region).DeleteLogGroupAsync(new Lg.DeleteLogGroupRequest(a[Attr.LogGroupName]), ct)), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.DeliveryRole:
                await gate.MutateAsync("iam:DeleteRolePolicy", () => CallGate.OrNullWhenMissing(() => session.Iam().DeleteRolePolicyAsync(new Iam.DeleteRolePolicyRequest(a[Attr.RoleName], a[Attr.RolePolicyName]), ct)), ct).ConfigureAwait(false);
                await gate.MutateAsync("iam:DeleteRole", () => CallGate.OrNullWhenMissing(() => session.Iam().DeleteRoleAsync(a[Attr.RoleName], ct)), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Recorder:
                await gate.MutateAsync("config:DeleteConfigurationRecorder", () => CallGate.OrNullWhenMissing(() => session.Config(region).DeleteConfigurationRecorderAsync(new Cfg.RecorderNameRequest(a[Attr.Name]), ct)), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.DeliveryChannel:
                await gate.MutateAsync("config:DeleteDeliveryChannel", () => CallGate.OrNullWhenMissing(() => session.Config(region).DeleteDeliveryChannelAsync(new Cfg.DeleteDeliveryChannelRequest(a[Attr.Name]), ct)), ct).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"journal entry {entry.Sequence} ({entry.Address}): a {entry.Kind} is never deleted by rollback");
        }
    }

    private async Task RestoreAsync(JournalEntry entry, IReadOnlyDictionary<string, string> a, ResourceState current, CancellationToken ct)
    {
        var region = entry.Region;
        IReadOnlyDictionary<string, string> Before() => entry.Before ?? throw new InvalidOperationException($"journal entry {entry.Sequence} ({entry.Address}) has no before-state to restore");
        switch (entry.Kind)
        {
            case ResourceKinds.TopicPolicy:
                if (entry.RawBefore is { } policy && TopicPolicyMerge.Canonical(policy) != TopicPolicyMerge.Canonical(current.Raw))
                {
                    await gate.MutateAsync("sns:SetTopicAttributes", () => session.Sns(region).SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(a[Attr.TopicArn], "Policy", policy), ct), ct).ConfigureAwait(false);
                }

                break;
            case ResourceKinds.MetricFilter:
                await writer.DeleteFilterAsync(region, a[Attr.LogGroupName], a[Attr.FilterName], ct).ConfigureAwait(false);
                await writer.PutFilterAsync(region, Before(), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Alarm:
                var alarm = JsonSerializer.Deserialize(entry.RawBefore!, ApplyJsonContext.Default.MetricAlarm)!;
                await gate.MutateAsync("cloudwatch:PutMetricAlarm", () => session.CloudWatch(region).PutMetricAlarmAsync(AlarmRequests.Restore(alarm), ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.TrailLogs:
                await writer.UpdateTrailAsync(region, Before(), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Recorder:
                var recorder = JsonSerializer.Deserialize(entry.RawBefore!, ApplyJsonContext.Default.ConfigurationRecorder)!;
                await writer.PutRecorderAsync(region, recorder, ct).ConfigureAwait(false);
                break;
            case ResourceKinds.RecorderStatus:
                await gate.MutateAsync("config:StopConfigurationRecorder", () => session.Config(region).StopConfigurationRecorderAsync(new Cfg.RecorderNameRequest(a[Attr.Name]), ct), ct).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"journal entry {entry.Sequence} ({entry.Address}): a {entry.Kind} is never restored by rollback");
        }
    }
}
