using System.Text.Json;
using TrailAlarm.Remediation;
using Cfg = TrailAlarm.Aws.Config;
using Ct = TrailAlarm.Aws.CloudTrail;
using Cw = TrailAlarm.Aws.CloudWatch;
using Iam = TrailAlarm.Aws.Iam;
using Lg = TrailAlarm.Aws.Logs;
using Sns = TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Apply;

/// <summary>Carries out one change: the mutating calls for its kind. Returns what undoing it will need.</summary>
internal sealed class ResourceWriter(AwsSession session, CallGate gate, ResourceProbe probe, string account)
{
    public async Task<Dictionary<string, string>> ApplyAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var a = change.After!;
        var region = change.Region;
        var outcome = new Dictionary<string, string>();
        switch (change.Kind)
        {
            case ResourceKinds.Topic:
                var created = await gate.MutateAsync("sns:CreateTopic", () => session.Sns(region).CreateTopicAsync(new Sns.CreateTopicRequest { Name = a[Attr.Name] }, ct), ct).ConfigureAwait(false);
                outcome[Attr.Arn] = created.TopicArn ?? a[Attr.Arn];
                break;
            case ResourceKinds.TopicPolicy:
                var merged = TopicPolicyMerge.Merge(current?.Raw, a[Attr.TopicArn], account);
                await gate.MutateAsync("sns:SetTopicAttributes", () => session.Sns(region).SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(a[Attr.TopicArn], "Policy", merged), ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Subscription:
                var subscribed = await gate.MutateAsync("sns:Subscribe", () => session.Sns(region).SubscribeAsync(
                    new Sns.SubscribeRequest { TopicArn = a[Attr.TopicArn], Protocol = a[Attr.Protocol], Endpoint = a[Attr.Endpoint], ReturnSubscriptionArn = true }, ct), ct).ConfigureAwait(false);
                outcome["subscriptionArn"] = subscribed.SubscriptionArn ?? "";
                break;
            case ResourceKinds.MetricFilter:
                await DeleteFilterAsync(region, a[Attr.LogGroupName], a[Attr.FilterName], ct).ConfigureAwait(false);
                await PutFilterAsync(region, a, ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Alarm:
                var raw = current?.Raw is { } json ? JsonSerializer.Deserialize(json, ApplyJsonContext.Default.MetricAlarm) : null;
                await gate.MutateAsync("cloudwatch:PutMetricAlarm", () => session.CloudWatch(region).PutMetricAlarmAsync(AlarmRequests.Desired(a, raw), ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.LogGroup:
                await gate.MutateAsync("logs:CreateLogGroup", () => UnlessExists(() => session.Logs(region).CreateLogGroupAsync(new Lg.CreateLogGroupRequest { LogGroupName = a[Attr.LogGroupName] }, ct)), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.DeliveryRole:
                await gate.MutateAsync("iam:CreateRole", () => UnlessExists(() => session.Iam().CreateRoleAsync(new Iam.CreateRoleRequest { RoleName = a[Attr.RoleName], AssumeRolePolicyDocument = a[Attr.AssumeRolePolicy], Description = "Lets CloudTrail deliver to CloudWatch Logs; created by trailalarm." }, ct)), ct).ConfigureAwait(false);
                await gate.MutateAsync("iam:PutRolePolicy", () => session.Iam().PutRolePolicyAsync(new Iam.PutRolePolicyRequest(a[Attr.RoleName], a[Attr.RolePolicyName], a[Attr.RolePolicy]), ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.TrailLogs:
                await UpdateTrailAsync(region, a, ct).ConfigureAwait(false);
                break;
            case ResourceKinds.Recorder:
                var basis = current?.Raw is { } r ? JsonSerializer.Deserialize(r, ApplyJsonContext.Default.ConfigurationRecorder) : null;
                await PutRecorderAsync(region, Recorder(a, basis), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.DeliveryChannel:
                await gate.MutateAsync("config:PutDeliveryChannel", () => session.Config(region).PutDeliveryChannelAsync(new Cfg.PutDeliveryChannelRequest(new Cfg.DeliveryChannel { Name = a[Attr.Name], S3BucketName = a[Attr.Bucket] }), ct), ct).ConfigureAwait(false);
                break;
            case ResourceKinds.RecorderStatus:
                await gate.MutateAsync("config:StartConfigurationRecorder", () => session.Config(region).StartConfigurationRecorderAsync(new Cfg.RecorderNameRequest(a[Attr.Name]), ct), ct).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.Kind, "unknown resource kind");
        }

        return outcome;
    }

    /// <summary>A create that finds its resource already there (made by the interrupted attempt being resumed) is done.</summary>
    private static async Task<T?> UnlessExists<T>(Func<Task<T>> create)
        where T : class
    {
        try
        {
            return await create().ConfigureAwait(false);
        }
        catch (AwsApiException e) when (e.Code.Contains("AlreadyExists", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>Deletes every filter of that name on the group (moto keeps duplicates; AWS has at most one).</summary>
    public async Task DeleteFilterAsync(string region, string logGroup, string name, CancellationToken ct)
    {
        for (var round = 0; round < 10 && (await probe.FiltersNamedAsync(region, logGroup, name, ct).ConfigureAwait(false)).Count > 0; round++)
        {
            await gate.MutateAsync("logs:DeleteMetricFilter", () => session.Logs(region).DeleteMetricFilterAsync(new Lg.DeleteMetricFilterRequest(logGroup, name), ct), ct).ConfigureAwait(false);
        }
    }

    public Task PutFilterAsync(string region, IReadOnlyDictionary<string, string> a, CancellationToken ct)
        => gate.MutateAsync("logs:PutMetricFilter", () => session.Logs(region).PutMetricFilterAsync(new Lg.PutMetricFilterRequest
        {
            LogGroupName = a[Attr.LogGroupName],
            FilterName = a[Attr.FilterName],
            FilterPattern = a[Attr.Pattern],
            MetricTransformations = [new Lg.MetricTransformation { MetricName = a[Attr.MetricName], MetricNamespace = a[Attr.MetricNamespace], MetricValue = a[Attr.MetricValue] }],
        }, ct), ct);

    public Task UpdateTrailAsync(string region, IReadOnlyDictionary<string, string> a, CancellationToken ct)
        => gate.MutateAsync("cloudtrail:UpdateTrail", () => session.CloudTrail(region).UpdateTrailAsync(new Ct.TrailSettings
        {
            Name = a[Attr.TrailName],
            CloudWatchLogsLogGroupArn = a[Attr.LogGroupArn],
            CloudWatchLogsRoleArn = a[Attr.LogsRoleArn],
        }, ct), ct);

    public Task PutRecorderAsync(string region, Cfg.ConfigurationRecorder recorder, CancellationToken ct)
        => gate.MutateAsync("config:PutConfigurationRecorder", () => session.Config(region).PutConfigurationRecorderAsync(new Cfg.PutConfigurationRecorderRequest(recorder), ct), ct);

    private static Cfg.ConfigurationRecorder Recorder(IReadOnlyDictionary<string, string> a, Cfg.ConfigurationRecorder? basis)
    {
        var exclusion = a[Attr.RecordingStrategy] == "EXCLUSION_BY_RESOURCE_TYPES";
        var allSupported = a[Attr.AllSupported] == "true";
        return new Cfg.ConfigurationRecorder
        {
            Name = a[Attr.Name],
            RoleArn = a[Attr.RoleArn],
            RecordingMode = basis?.RecordingMode,
            RecordingGroup = new Cfg.RecordingGroup
            {
                AllSupported = allSupported,
                IncludeGlobalResourceTypes = a[Attr.IncludeGlobalResourceTypes] == "true",
                ResourceTypes = allSupported || exclusion ? [] : Attr.Split(a[Attr.ResourceTypes]),
                ExclusionByResourceTypes = exclusion ? new Cfg.ExclusionByResourceTypes { ResourceTypes = Attr.Split(a[Attr.ExclusionResourceTypes]) } : null,
                RecordingStrategy = a[Attr.RecordingStrategy] is { Length: > 0 } s ? new Cfg.RecordingStrategy { UseOnly = s } : null,
            },
        };
    }
}
