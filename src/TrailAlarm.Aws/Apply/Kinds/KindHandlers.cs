using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>The handler of each resource kind; adding a kind is adding its folder under Kinds/ and one line here.</summary>
internal sealed class KindHandlers
{
    private readonly Dictionary<ResourceKind, KindHandler> handlers;

    public KindHandlers(AwsSession session, CallGate gate, string account)
    {
        var aws = new ApplyContext(session, gate, account);
        KindHandler[] all =
        [
            new TopicHandler(aws),
            new TopicPolicyHandler(aws),
            new SubscriptionHandler(aws),
            new MetricFilterHandler(aws),
            new AlarmHandler(aws),
            new LogGroupHandler(aws),
            new DeliveryRoleHandler(aws),
            new TrailLogsHandler(aws),
            new RecorderHandler(aws),
            new RecorderStatusHandler(aws),
            new DeliveryChannelHandler(aws),
            new ServiceLinkedRoleHandler(aws),
            new KeyPolicyHandler(aws),
            new ConfigBucketHandler(aws),
        ];
        handlers = all.ToDictionary(h => h.Kind);
    }

    public KindHandler For(ResourceKind kind)
        => handlers.TryGetValue(kind, out var handler) ? handler : throw new InvalidOperationException($"no handler for resource kind {kind}");
}
