using System.Text.Json;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Remediation;
using Cfg = TrailAlarm.Aws.Config;
using Cw = TrailAlarm.Aws.CloudWatch;
using Lg = TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Apply;

/// <summary>Reads the live state of the resource a change or precondition names; null when it does not exist.</summary>
public sealed class ResourceProbe(AwsSession session, CallGate gate)
{
    public async Task<ResourceState?> ReadAsync(string kind, string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        string A(string name) => id.TryGetValue(name, out var v) ? v : "";
        return kind switch
        {
            ResourceKinds.Topic => await TopicAsync(region, A(Attr.Arn), ct).ConfigureAwait(false),
            ResourceKinds.TopicPolicy => await TopicPolicyAsync(region, A(Attr.TopicArn), ct).ConfigureAwait(false),
            ResourceKinds.Subscription => await SubscriptionAsync(region, A(Attr.TopicArn), A(Attr.Protocol), A(Attr.Endpoint), ct).ConfigureAwait(false),
            ResourceKinds.MetricFilter => await FilterAsync(region, A(Attr.LogGroupName), A(Attr.FilterName), ct).ConfigureAwait(false),
            ResourceKinds.Alarm => await AlarmAsync(region, A(Attr.AlarmName), ct).ConfigureAwait(false),
            ResourceKinds.LogGroup => await LogGroupAsync(region, A(Attr.LogGroupName), ct).ConfigureAwait(false),
            ResourceKinds.DeliveryRole => await RoleAsync(A(Attr.RoleName), ct).ConfigureAwait(false),
            ResourceKinds.TrailLogs => await TrailAsync(region, A(Attr.TrailName), ct).ConfigureAwait(false),
            ResourceKinds.Recorder => await RecorderAsync(region, A(Attr.Name), ct).ConfigureAwait(false),
            ResourceKinds.RecorderStatus => await RecorderStatusAsync(region, A(Attr.Name), ct).ConfigureAwait(false),
            ResourceKinds.DeliveryChannel => await DeliveryChannelAsync(region, A(Attr.Name), ct).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown resource kind"),
        };
    }

    internal async Task<IReadOnlyDictionary<string, string>?> TopicAttributesAsync(string region, string arn, CancellationToken ct)
    {
        var response = await gate.ReadAsync("sns:GetTopicAttributes", () => CallGate.OrNullWhenMissing(() => session.Sns(region).GetTopicAttributesAsync(arn, ct))).ConfigureAwait(false);
        return response?.Attributes;
    }

    private async Task<ResourceState?> TopicAsync(string region, string arn, CancellationToken ct)
        => await TopicAttributesAsync(region, arn, ct).ConfigureAwait(false) is null
            ? null
            : new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = arn[(arn.LastIndexOf(':') + 1)..], [Attr.Arn] = arn });

    private async Task<ResourceState?> TopicPolicyAsync(string region, string arn, CancellationToken ct)
    {
        if (await TopicAttributesAsync(region, arn, ct).ConfigureAwait(false) is not { } attributes)
        {
            return null;
        }

        var policy = attributes.TryGetValue("Policy", out var p) ? p : "";
        return new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.TopicArn] = arn, [Attr.Policy] = TopicPolicyMerge.Canonical(policy) }, policy);
    }

    private async Task<ResourceState?> SubscriptionAsync(string region, string topicArn, string protocol, string endpoint, CancellationToken ct)
    {
        var subscriptions = await gate.ReadAsync("sns:ListSubscriptionsByTopic", () => CallGate.OrNullWhenMissing(() => session.Sns(region).ListAllSubscriptionsByTopicAsync(topicArn, ct))).ConfigureAwait(false);
        var match = subscriptions?.FirstOrDefault(s => s.Protocol == protocol && s.Endpoint == endpoint);
        return match is null ? null : new ResourceState(new Dictionary<string, string>
        {
            [Attr.Region] = region, [Attr.TopicArn] = topicArn, [Attr.Protocol] = protocol, [Attr.Endpoint] = endpoint,
        }, match.SubscriptionArn);
    }

    internal async Task<IReadOnlyList<Lg.MetricFilter>> FiltersNamedAsync(string region, string logGroup, string name, CancellationToken ct)
    {
        var filters = await gate.ReadAsync("logs:DescribeMetricFilters", () => CallGate.OrNullWhenMissing(() =>
            session.Logs(region).DescribeAllMetricFiltersAsync(new Lg.DescribeMetricFiltersRequest { LogGroupName = logGroup, FilterNamePrefix = name }, ct))).ConfigureAwait(false);
        return filters?.Where(f => f.FilterName == name).ToList() ?? [];
    }

    private async Task<ResourceState?> FilterAsync(string region, string logGroup, string name, CancellationToken ct)
    {
        var filters = await FiltersNamedAsync(region, logGroup, name, ct).ConfigureAwait(false);
        var filter = filters.Count > 0 ? filters[0] : null;
        return filter is null ? null : new ResourceState(ResourceAttributes.Filter(SnapshotMapping.Filter(filter, region, logGroup)));
    }

    internal async Task<Cw.MetricAlarm?> RawAlarmAsync(string region, string name, CancellationToken ct)
    {
        var alarms = await gate.ReadAsync("cloudwatch:DescribeAlarms", () =>
            session.CloudWatch(region).DescribeAllMetricAlarmsAsync(new Cw.DescribeAlarmsRequest { AlarmNames = [name] }, ct)).ConfigureAwait(false);
        return alarms.FirstOrDefault(a => a.AlarmName == name);
    }

    private async Task<ResourceState?> AlarmAsync(string region, string name, CancellationToken ct)
    {
        var alarm = await RawAlarmAsync(region, name, ct).ConfigureAwait(false);
        return alarm is null ? null : new ResourceState(
            ResourceAttributes.Alarm(SnapshotMapping.Alarm(alarm, region)),
            JsonSerializer.Serialize(alarm, ApplyJsonContext.Default.MetricAlarm));
    }

    private async Task<ResourceState?> LogGroupAsync(string region, string name, CancellationToken ct)
    {
        var groups = await gate.ReadAsync("logs:DescribeLogGroups", () =>
            session.Logs(region).DescribeAllLogGroupsAsync(new Lg.DescribeLogGroupsRequest { LogGroupNamePrefix = name }, ct)).ConfigureAwait(false);
        return groups.Any(g => g.LogGroupName == name)
            ? new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.LogGroupName] = name })
            : null;
    }

    private async Task<ResourceState?> RoleAsync(string name, CancellationToken ct)
    {
        var role = await gate.ReadAsync("iam:GetRole", () => CallGate.OrNullWhenMissing(() => session.Iam().GetRoleAsync(name, ct))).ConfigureAwait(false);
        return role?.Role is not { } r ? null : new ResourceState(new Dictionary<string, string> { [Attr.RoleName] = name, [Attr.Arn] = r.Arn ?? "" });
    }

    private async Task<ResourceState?> TrailAsync(string region, string name, CancellationToken ct)
    {
        var trails = await gate.ReadAsync("cloudtrail:DescribeTrails", () => session.CloudTrail(region).DescribeAllTrailsAsync(ct)).ConfigureAwait(false);
        var trail = trails.FirstOrDefault(t => t.Name == name && t.HomeRegion == region);
        return trail is null ? null : new ResourceState(new Dictionary<string, string>
        {
            [Attr.Region] = region,
            [Attr.TrailName] = name,
            [Attr.LogGroupArn] = trail.CloudWatchLogsLogGroupArn ?? "",
            [Attr.LogsRoleArn] = trail.CloudWatchLogsRoleArn ?? "",
        });
    }

    internal async Task<Cfg.ConfigurationRecorder?> RawRecorderAsync(string region, string name, CancellationToken ct)
    {
        var response = await gate.ReadAsync("config:DescribeConfigurationRecorders", () => session.Config(region).DescribeConfigurationRecordersAsync(null, ct)).ConfigureAwait(false);
        return response.ConfigurationRecorders.FirstOrDefault(r => r.Name == name);
    }

    private async Task<ResourceState?> RecorderAsync(string region, string name, CancellationToken ct)
    {
        var recorder = await RawRecorderAsync(region, name, ct).ConfigureAwait(false);
        return recorder is null ? null : new ResourceState(
            ResourceAttributes.Recorder(SnapshotMapping.Recorder(recorder, region, null)),
            JsonSerializer.Serialize(recorder, ApplyJsonContext.Default.ConfigurationRecorder));
    }

    private async Task<ResourceState?> DeliveryChannelAsync(string region, string name, CancellationToken ct)
    {
        var response = await gate.ReadAsync("config:DescribeDeliveryChannels", () => session.Config(region).DescribeDeliveryChannelsAsync(null, ct)).ConfigureAwait(false);
        var channel = response.DeliveryChannels.FirstOrDefault(c => c.Name == name);
        return channel is null ? null : new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = name, [Attr.Bucket] = channel.S3BucketName ?? "" });
    }

    private async Task<ResourceState?> RecorderStatusAsync(string region, string name, CancellationToken ct)
    {
        if (await RawRecorderAsync(region, name, ct).ConfigureAwait(false) is null)
        {
            return null;
        }

        var response = await gate.ReadAsync("config:DescribeConfigurationRecorderStatus", () => session.Config(region).DescribeConfigurationRecorderStatusAsync(null, ct)).ConfigureAwait(false);
        var recording = response.ConfigurationRecordersStatus.FirstOrDefault(s => s.Name == name)?.Recording == true;
        return new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = name, [Attr.Recording] = recording ? "true" : "false" });
    }
}
