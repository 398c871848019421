using System.Text.RegularExpressions;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// The attributes each kind of change carries and the values <c>plan</c> writes for them: the CIS alarm settings,
/// patterns that parse and cover their control, names and ARNs of the plan's own account and region, subscribers
/// --subscribe accepts, and policies exactly as the planner builds them.
/// </summary>
internal static partial class ChangeValueRules
{
    private static readonly Dictionary<ResourceKind, string[]> AttributesOf = new()
    {
        [ResourceKinds.Topic] = [Attr.Region, Attr.Name, Attr.Arn],
        [ResourceKinds.TopicPolicy] = [Attr.Region, Attr.TopicArn, Attr.StatementId, Attr.Policy],
        [ResourceKinds.Subscription] = [Attr.Region, Attr.TopicArn, Attr.Protocol, Attr.Endpoint],
        [ResourceKinds.MetricFilter] = [Attr.Region, Attr.LogGroupName, Attr.FilterName, Attr.Pattern, Attr.MetricName, Attr.MetricNamespace, Attr.MetricValue],
        [ResourceKinds.Alarm] = [.. AlarmSpec.Names],
        [ResourceKinds.LogGroup] = [Attr.Region, Attr.LogGroupName, Attr.RetentionInDays, Attr.KmsKeyId],
        [ResourceKinds.DeliveryRole] = [Attr.RoleName, Attr.Arn, Attr.AssumeRolePolicy, Attr.RolePolicyName, Attr.RolePolicy],
        [ResourceKinds.TrailLogs] = [Attr.Region, Attr.TrailName, Attr.LogGroupArn, Attr.LogsRoleArn],
        [ResourceKinds.Recorder] = [Attr.Region, Attr.Name, Attr.RoleArn, Attr.AllSupported, Attr.IncludeGlobalResourceTypes, Attr.ResourceTypes, Attr.ExclusionResourceTypes, Attr.RecordingStrategy],
        [ResourceKinds.RecorderStatus] = [Attr.Region, Attr.Name, Attr.Recording],
        [ResourceKinds.DeliveryChannel] = [Attr.Region, Attr.Name, Attr.Bucket],
        [ResourceKinds.ServiceLinkedRole] = [Attr.AwsServiceName, Attr.RoleName, Attr.Arn],
        [ResourceKinds.KeyPolicy] = [Attr.Region, Attr.KeyArn, Attr.StatementId, Attr.Policy],
        [ResourceKinds.ConfigBucket] = [Attr.Region, Attr.Bucket, Attr.Policy],
    };

    /// <summary>
    /// Settings a change carries only when the resource already has them, so that a write sends its complete
    /// definition; plan never changes them, so in a saved plan they must be as before (absent or empty on create).
    /// </summary>
    private static readonly Dictionary<ResourceKind, string[]> KeptOf = new()
    {
        [ResourceKinds.MetricFilter] = [Attr.DefaultValue, Attr.Dimensions, Attr.Unit, Attr.ApplyOnTransformedLogs, Attr.FieldSelectionCriteria, Attr.EmitSystemFieldDimensions],
        [ResourceKinds.Alarm] = [Attr.OkActions, Attr.InsufficientDataActions, Attr.AlarmDescription, Attr.DatapointsToAlarm],
        [ResourceKinds.Recorder] = [Attr.RecordingMode],
    };

    private static readonly string[] Strategies = ["", "ALL_SUPPORTED_RESOURCE_TYPES", "INCLUSION_BY_RESOURCE_TYPES", "EXCLUSION_BY_RESOURCE_TYPES"];

    public static string? Known(ResourceKind kind) => AttributesOf.ContainsKey(kind) ? null : $"kind '{kind}' is not one of {string.Join(", ", AttributesOf.Keys)}";

    public static bool IsRegion(string region) => RegionName().IsMatch(region);

    public static bool IsBucketName(string name) => BucketName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    public static string? FirstProblem(Change change, Plan plan)
    {
        var required = AttributesOf[change.Kind];
        var kept = KeptOf.GetValueOrDefault(change.Kind, []);
        string[] allowed = [.. required, .. kept];
        var after = change.After!;
        var problem = after.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } extra ? $"after has unknown attribute '{extra}'"
            : required.FirstOrDefault(k => !after.ContainsKey(k)) is { } missing ? $"after lacks '{missing}'"
            : after.FirstOrDefault(kv => kv.Value is null).Key is { } nulled ? $"after.{nulled} is null"
            : change.Before?.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } extraBefore ? $"before has unknown attribute '{extraBefore}'"
            : change.Before?.FirstOrDefault(kv => kv.Value is null).Key is { } nulledBefore ? $"before.{nulledBefore} is null"
            : after.TryGetValue(Attr.Region, out var region) && region != change.Region ? $"after.region '{region}' is not the change's region '{change.Region}'"
            : kept.FirstOrDefault(k => after.TryGetValue(k, out var v) && v != (change.Before?.GetValueOrDefault(k) ?? "")) is { } changed ? $"after.{changed} differs from before; plan keeps it as the account has it"
            : null;
        return problem ?? Kind(new ChangeView(change, plan));
    }

    private static string? Kind(ChangeView c) => c.Change.Kind switch
    {
        _ when c.Change.Kind == ResourceKinds.Topic => c.Name(Attr.Name, TopicName()) ?? c.Is(Attr.Arn, c.Arn("sns", c[Attr.Name])),
        _ when c.Change.Kind == ResourceKinds.TopicPolicy => c.TopicArn(Attr.TopicArn) ?? c.Is(Attr.StatementId, TopicPolicyMerge.StatementId) ?? TopicPolicy(c),
        _ when c.Change.Kind == ResourceKinds.Subscription => c.TopicArn(Attr.TopicArn) ?? Subscriber.Problem(c[Attr.Protocol], c[Attr.Endpoint]),
        _ when c.Change.Kind == ResourceKinds.MetricFilter => c.Name(Attr.LogGroupName, LogGroupName()) ?? c.Name(Attr.FilterName, FilterName())
            ?? c.Name(Attr.MetricName, MetricName()) ?? c.Name(Attr.MetricNamespace, MetricNamespace()) ?? c.Is(Attr.MetricValue, "1") ?? Pattern(c),
        _ when c.Change.Kind == ResourceKinds.Alarm => AlarmSpec.Problem(c),
        _ when c.Change.Kind == ResourceKinds.LogGroup => c.Name(Attr.LogGroupName, LogGroupName())
            ?? ChangeView.Need(LogGroupSpec.IsRetention(c[Attr.RetentionInDays]), $"after.{Attr.RetentionInDays} '{c[Attr.RetentionInDays]}' is not a retention CloudWatch Logs accepts ({string.Join(", ", LogGroupSpec.RetentionDays)}, or empty for never)")
            ?? ChangeView.Need(c[Attr.KmsKeyId].Length == 0 || IsKeyArn(c[Attr.KmsKeyId], c.Plan.Partition, c.Change.Region), $"after.{Attr.KmsKeyId} '{c[Attr.KmsKeyId]}' is not a KMS key ARN in {c.Change.Region}"),
        _ when c.Change.Kind == ResourceKinds.DeliveryRole => c.Name(Attr.RoleName, RoleName()) ?? c.Is(Attr.Arn, c.RoleArn(c[Attr.RoleName]))
            ?? c.Is(Attr.RolePolicyName, TrailIntegrationPlanner.RolePolicyName) ?? RolePolicies(c),
        _ when c.Change.Kind == ResourceKinds.TrailLogs => c.Name(Attr.TrailName, TrailName()) ?? LogGroupArn(c) ?? ChangeView.Need(c[Attr.LogsRoleArn].StartsWith(c.RoleArn(""), StringComparison.Ordinal)
            && RoleName().IsMatch(c[Attr.LogsRoleArn][c.RoleArn("").Length..]), $"after.{Attr.LogsRoleArn} is not an IAM role of account {c.Plan.Account}"),
        _ when c.Change.Kind == ResourceKinds.Recorder => Recorder(c),
        _ when c.Change.Kind == ResourceKinds.RecorderStatus => c.Is(Attr.Recording, "true"),
        _ when c.Change.Kind == ResourceKinds.DeliveryChannel => c.Name(Attr.Bucket, BucketName()),
        _ when c.Change.Kind == ResourceKinds.ServiceLinkedRole => c.Is(Attr.AwsServiceName, ServiceLinkedRoleSpec.ConfigService) ?? c.Is(Attr.RoleName, ServiceLinkedRoleSpec.ConfigRoleName)
            ?? c.Is(Attr.Arn, ServiceLinkedRoleSpec.ArnOf(c.Plan.Partition, c.Plan.Account, ServiceLinkedRoleSpec.ConfigService, ServiceLinkedRoleSpec.ConfigRoleName)),
        _ when c.Change.Kind == ResourceKinds.KeyPolicy => c.Is(Attr.KeyArn, c.Arn("kms", KeyIdOf(c[Attr.KeyArn]))) ?? c.Is(Attr.StatementId, KeyPolicySpec.StatementId) ?? KeyPolicy(c),
        _ when c.Change.Kind == ResourceKinds.ConfigBucket => c.Name(Attr.Bucket, BucketName()) ?? c.Is(Attr.Policy, ConfigBucketRules.Policy(c.Plan.Partition, c[Attr.Bucket], c.Plan.Account))
            ?? ChangeView.Need(c.Change.Action == ChangeAction.Create, "a config bucket change only ever creates the bucket"),
        _ => null,
    };

    /// <summary>key/ID out of a key ARN, so that the ARN is checked to be a key of the plan's account and region.</summary>
    private static string KeyIdOf(string arn) => arn.LastIndexOf(":key/", StringComparison.Ordinal) is var i and >= 0 ? arn[(i + 1)..] : "key/?";

    private static string? KeyPolicy(ChangeView c)
    {
        if (c.Change.Action != ChangeAction.Update || c.Change.Before?.GetValueOrDefault(Attr.Policy) is not { } before)
        {
            return $"a {ResourceKinds.KeyPolicy} change only updates the policy it was planned from (before.policy)";
        }

        try
        {
            return ChangeView.Need(PolicyStatements.Canonical(c[Attr.Policy]) == PolicyStatements.Canonical(KeyPolicySpec.Merge(before, c[Attr.KeyArn])),
                $"after.policy is not the before policy with only statement {KeyPolicySpec.StatementId} added");
        }
        catch (FormatException e)
        {
            return $"before.policy: {e.Message}";
        }
    }

    private static string? TopicPolicy(ChangeView c)
    {
        string expected;
        try
        {
            expected = TopicPolicyMerge.Merge(c.Change.Before?.GetValueOrDefault(Attr.Policy), c[Attr.TopicArn], c.Plan.Account);
        }
        catch (FormatException e)
        {
            return $"before.policy: {e.Message}";
        }

        return ChangeView.Need(TopicPolicyMerge.Canonical(c[Attr.Policy]) == TopicPolicyMerge.Canonical(expected),
            $"after.policy is not the before policy with only statement {TopicPolicyMerge.StatementId} added");
    }

    private static string? Pattern(ChangeView c)
    {
        var parsed = FilterPatterns.FilterPattern.Parse(c[Attr.Pattern]);
        if (parsed.Pattern is null)
        {
            return $"after.{Attr.Pattern} does not parse: {parsed.Error?.Message}";
        }

        var filter = new MetricFilter { Region = c.Change.Region, LogGroupName = c[Attr.LogGroupName], FilterName = c[Attr.FilterName], Pattern = c[Attr.Pattern] };
        foreach (var control in c.Change.Because.Select(id => ControlCatalogue.Default.Find(id)!).Where(k => k.ReferencePattern is not null))
        {
            // A plan made with --high-risk-only carries the variant's pattern; the digest already proves it unedited.
            var (status, detail) = new FilterCoverageCheck(control, ControlSamples.For(control), new AcceptedVariants { HighRiskOnly = true }).Judge(filter);
            if (status != Status.Pass)
            {
                return $"after.{Attr.Pattern} does not cover {control.Id}: {detail}";
            }
        }

        return null;
    }

    /// <summary>The trust policy is CloudTrail's; the permissions policy names the log group of the trail whose delivery role it is.</summary>
    private static string? RolePolicies(ChangeView c)
    {
        var trail = c.Plan.Changes.FirstOrDefault(t => t?.Kind == ResourceKinds.TrailLogs && t.After?.GetValueOrDefault(Attr.LogsRoleArn) == c[Attr.Arn]);
        if (trail?.After?.GetValueOrDefault(Attr.LogGroupArn) is not { } logGroupArn)
        {
            return "the role is not the delivery role of a trail change in the plan";
        }

        return c.Is(Attr.AssumeRolePolicy, TrailIntegrationPlanner.AssumeRolePolicy)
            ?? c.Is(Attr.RolePolicy, TrailIntegrationPlanner.RolePolicy(logGroupArn, c.Plan.Account));
    }

    private static bool IsKeyArn(string arn, string partition, string region)
        => ArnParts.TryParse(arn, out var key) && key.Partition == partition && key.Service == "kms" && key.Region == region
            && key.Account.Length == 12 && key.Account.All(char.IsAsciiDigit) && KeyResource().IsMatch(key.Resource);

    private static string? LogGroupArn(ChangeView c)
    {
        var prefix = c.Arn("logs", "log-group:");
        var arn = c[Attr.LogGroupArn];
        return ChangeView.Need(arn.StartsWith(prefix, StringComparison.Ordinal) && arn.EndsWith(":*", StringComparison.Ordinal) && arn.Length > prefix.Length + 2
            && LogGroupName().IsMatch(arn[prefix.Length..^2]), $"after.{Attr.LogGroupArn} '{arn}' is not a log group ARN of account {c.Plan.Account} in {c.Change.Region}");
    }

    private static string? Recorder(ChangeView c)
    {
        var role = c.Change.Before is { } before ? before.GetValueOrDefault(Attr.RoleArn, "") : c.RoleArn("aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig");
        return c.Is(Attr.RoleArn, role) ?? c.Name(Attr.Name, RecorderName())
            ?? c.Bool(Attr.AllSupported) ?? c.Bool(Attr.IncludeGlobalResourceTypes)
            ?? ChangeView.Need(Strategies.Contains(c[Attr.RecordingStrategy]), $"after.{Attr.RecordingStrategy} '{c[Attr.RecordingStrategy]}' is not a recording strategy")
            ?? ChangeView.Need(Attr.Split(c[Attr.ResourceTypes]).Concat(Attr.Split(c[Attr.ExclusionResourceTypes])).All(ResourceType().IsMatch), "a resource type is not AWS::SERVICE::TYPE");
    }

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$")]
    internal static partial Regex RegionName();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    internal static partial Regex TopicName();

    [GeneratedRegex(@"^[.\-_/#A-Za-z0-9]{1,512}$")]
    private static partial Regex LogGroupName();

    [GeneratedRegex(@"^[^:*\p{Cc}]{1,512}$")]
    private static partial Regex FilterName();

    [GeneratedRegex(@"^[^\p{Cc}]{1,255}$")]
    internal static partial Regex MetricName();

    [GeneratedRegex(@"^(?!AWS/)[\x20-\x39\x3B-\x7E]{1,255}$")]
    internal static partial Regex MetricNamespace();

    [GeneratedRegex(@"^[\w+=,.@-]{1,64}$")]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{3,128}$")]
    private static partial Regex TrailName();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex RecorderName();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^key/[A-Za-z0-9-]{1,128}$")]
    internal static partial Regex KeyResource();

    [GeneratedRegex(@"^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$")]
    private static partial Regex ResourceType();
}
