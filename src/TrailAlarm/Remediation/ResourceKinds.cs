using TrailAlarm.Remediation.Kinds;

namespace TrailAlarm.Remediation;

/// <summary>Every kind of resource a plan touches; adding a kind is adding its folder under Kinds/ and one line here.</summary>
public static class ResourceKinds
{
    public static readonly ResourceKind Topic = new TopicKind();
    public static readonly ResourceKind TopicPolicy = new TopicPolicyKind();
    public static readonly ResourceKind Subscription = new SubscriptionKind();
    public static readonly ResourceKind MetricFilter = new MetricFilterKind();
    public static readonly ResourceKind Alarm = new AlarmKind();
    public static readonly ResourceKind LogGroup = new LogGroupKind();
    public static readonly ResourceKind DeliveryRole = new DeliveryRoleKind();
    public static readonly ResourceKind TrailLogs = new TrailLogsKind();
    public static readonly ResourceKind Recorder = new RecorderKind();
    public static readonly ResourceKind RecorderStatus = new RecorderStatusKind();
    public static readonly ResourceKind DeliveryChannel = new DeliveryChannelKind();
    public static readonly ResourceKind ServiceLinkedRole = new ServiceLinkedRoleKind();
    public static readonly ResourceKind KeyPolicy = new KeyPolicyKind();
    public static readonly ResourceKind ConfigBucket = new ConfigBucketKind();

    public static readonly IReadOnlyList<ResourceKind> All =
        [Topic, TopicPolicy, Subscription, MetricFilter, Alarm, LogGroup, DeliveryRole, TrailLogs, Recorder, RecorderStatus, DeliveryChannel, ServiceLinkedRole, KeyPolicy, ConfigBucket];

    /// <summary>The kind of that name, or null when this version does not know it.</summary>
    public static ResourceKind? Find(string? name) => All.FirstOrDefault(k => k.Id == name);

    /// <summary>TYPE.NAME with NAME reduced to letters, digits and underscores, as Terraform requires.</summary>
    public static string Address(ResourceKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray();
        var label = new string(chars).Trim('_');
        if (label.Length == 0 || char.IsAsciiDigit(label[0]))
        {
            label = "r_" + label;
        }

        return kind.TerraformType + "." + label;
    }
}
