using TrailAlarm.Catalogue;

namespace TrailAlarm.Remediation;

/// <summary>
/// The names the 'apply' policy is written for: the resources trailalarm creates (so may delete on rollback), and
/// the partition and account their ARNs are in. IAM name patterns: '*' matches any run of characters.
/// </summary>
public sealed record PermissionScope
{
    public const string Any = "*";

    public const string ConfigServiceLinkedRole = "aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

    /// <summary>aws, aws-cn, ... or '*' (<see cref="Any"/>) for a policy that fits every partition.</summary>
    public string Partition { get; init; } = Any;

    /// <summary>12 digits, or <see cref="Any"/> for a policy that fits every account.</summary>
    public string Account { get; init; } = Any;

    public IReadOnlyList<string> TopicNames { get; init; } = [FixSettings.DefaultTopicName];

    public IReadOnlyList<string> AlarmNames { get; init; } = DefaultAlarmNames(new Dictionary<string, string>());

    /// <summary>The CloudTrail → CloudWatch Logs delivery roles (--integrate-trail).</summary>
    public IReadOnlyList<string> DeliveryRoleNames { get; init; } = [TrailIntegrationPlanner.RoleNamePrefix + "*"];

    /// <summary>The log groups --integrate-trail creates.</summary>
    public IReadOnlyList<string> LogGroupNames { get; init; } = [TrailIntegrationPlanner.LogGroupPrefix + "*"];

    /// <summary>The roles a configuration recorder is given (role names after role/).</summary>
    public IReadOnlyList<string> RecorderRoleNames { get; init; } = [ConfigServiceLinkedRole];

    /// <summary>The buckets AWS Config delivers to (--config-bucket), whose policy plan reads.</summary>
    public IReadOnlyList<string> ConfigBucketNames { get; init; } = ["*"];

    /// <summary>The buckets --create-config-bucket creates (and rollback deletes when empty); default: the default name.</summary>
    public IReadOnlyList<string> CreatedConfigBucketNames { get; init; } = ["config-bucket-*"];

    /// <summary>The ids of the KMS keys of alarm topics whose key policy gets TrailAlarm's statement (any key of the account by default).</summary>
    public IReadOnlyList<string> TopicKeyIds { get; init; } = ["*"];

    /// <summary>Whether AWS Config's service-linked role may be created (plan creates it when missing) and so deleted on rollback.</summary>
    public bool CreatesConfigServiceLinkedRole { get; init; } = true;

    public static readonly PermissionScope Default = new();

    /// <summary>Every metric-filter control's default alarm name, with <paramref name="chosen"/> (control id → name) in its place.</summary>
    public static IReadOnlyList<string> DefaultAlarmNames(IReadOnlyDictionary<string, string> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        return [.. ControlCatalogue.Default.Controls
            .Where(c => c.Kind == ControlKinds.MetricFilterAlarm)
            .Select(c => chosen.TryGetValue(c.Id, out var name) ? name : c.DefaultAlarmName ?? c.Id)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Exactly the resources a saved plan creates and the roles it passes, in its account.</summary>
    public static PermissionScope For(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        IReadOnlyList<string> Created(ResourceKind kind, string attribute) => [.. plan.Changes
            .Where(c => c.Action == ChangeAction.Create && c.Kind == kind && c.After is not null && c.After.ContainsKey(attribute))
            .Select(c => c.After![attribute]).Distinct(StringComparer.Ordinal)];
        var rolePrefix = $"arn:{plan.Partition}:iam::{plan.Account}:role/";
        var recorderRoles = plan.Changes
            .Where(c => c.Kind == ResourceKinds.Recorder && c.After is not null && c.After.TryGetValue(Attr.RoleArn, out var arn) && arn.StartsWith(rolePrefix, StringComparison.Ordinal))
            .Select(c => c.After![Attr.RoleArn][rolePrefix.Length..]).Distinct(StringComparer.Ordinal).ToList();
        return new PermissionScope
        {
            Partition = plan.Partition,
            Account = plan.Account,
            TopicNames = Created(ResourceKinds.Topic, Attr.Name),
            AlarmNames = Created(ResourceKinds.Alarm, Attr.AlarmName),
            DeliveryRoleNames = Created(ResourceKinds.DeliveryRole, Attr.RoleName),
            LogGroupNames = Created(ResourceKinds.LogGroup, Attr.LogGroupName),
            RecorderRoleNames = recorderRoles,
            ConfigBucketNames = [.. plan.Changes
                .Where(c => c.Kind == ResourceKinds.DeliveryChannel && c.After is not null && c.After.ContainsKey(Attr.Bucket))
                .Select(c => c.After![Attr.Bucket]).Distinct(StringComparer.Ordinal)],
            CreatedConfigBucketNames = Created(ResourceKinds.ConfigBucket, Attr.Bucket),
            TopicKeyIds = [.. plan.Changes.Where(c => c.Kind == ResourceKinds.KeyPolicy && c.After is not null && c.After.ContainsKey(Attr.KeyArn))
                .Select(c => c.After![Attr.KeyArn][(c.After[Attr.KeyArn].LastIndexOf('/') + 1)..]).Distinct(StringComparer.Ordinal)],
            CreatesConfigServiceLinkedRole = plan.Changes.Any(c => c.Action == ChangeAction.Create && c.Kind == ResourceKinds.ServiceLinkedRole),
        };
    }
}
