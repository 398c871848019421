using TrailAlarm.Controls;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// --fix-config-recorder: in each trail's home region, include AWS::CloudTrail::Trail in the existing recorder and
/// start it; create a recorder (role: the AWS Config service-linked role, asked for when missing) only where there is
/// none; a delivery channel to --config-bucket where the region has none and the recorder must start, and with
/// --create-config-bucket the bucket itself when it does not exist.
/// </summary>
internal static class ConfigRecorderPlanner
{
    private const string TrailType = ConfigRecorderControl.TrailResourceType;

    public static void Plan(AccountSnapshot snapshot, FixSettings settings, PlanBuilder plan, string controlId)
    {
        var regions = ConfigBucketRules.RecorderRegions(snapshot);
        foreach (var region in regions)
        {
            if (snapshot.FindGap(Calls.DescribeConfigurationRecorders, region) is { } gap)
            {
                plan.Note($"{controlId}: the recorder in {region} could not be read ({gap}); nothing is planned there");
                continue;
            }

            var recorder = snapshot.ConfigRecorders.FirstOrDefault(r => r.Region == region);
            if (recorder is null)
            {
                Create(snapshot, settings, plan, controlId, region);
                continue;
            }

            var before = Attributes(recorder);
            var after = Covering(recorder.RecordingGroup) is { } group ? Attributes(recorder with { RecordingGroup = group }) : before;
            if (!before.SequenceEqual(after))
            {
                plan.Add(Change(ChangeAction.Update, ResourceKinds.Recorder, region, recorder.Name, before, after, controlId));
            }

            if (recorder.Status is not { Recording: true } && Channel(snapshot, settings, plan, controlId, region, recorder.RoleArn))
            {
                plan.Add(Change(ChangeAction.Update, ResourceKinds.RecorderStatus, region, recorder.Name, Status(region, recorder.Name, false), Status(region, recorder.Name, true), controlId));
            }
        }
    }

    /// <summary>
    /// A new recorder with AWS Config's service-linked role, which is asked for first when it may be missing: AWS
    /// refuses a recorder whose role does not exist (InvalidRoleException).
    /// </summary>
    private static void Create(AccountSnapshot snapshot, FixSettings settings, PlanBuilder plan, string controlId, string region)
    {
        var roleArn = ServiceLinkedRoleSpec.ArnOf(snapshot.Partition, snapshot.Account, ServiceLinkedRoleSpec.ConfigService, ServiceLinkedRoleSpec.ConfigRoleName);
        if (snapshot.ConfigPrerequisites?.ServiceLinkedRoleExists != true && !plan.Has(ServiceLinkedRoleAddress))
        {
            plan.Add(new Change
            {
                Action = ChangeAction.Create,
                Address = ServiceLinkedRoleAddress,
                Kind = ResourceKinds.ServiceLinkedRole,
                Region = region,
                After = new Dictionary<string, string>
                {
                    [Attr.AwsServiceName] = ServiceLinkedRoleSpec.ConfigService, [Attr.RoleName] = ServiceLinkedRoleSpec.ConfigRoleName, [Attr.Arn] = roleArn,
                },
                Because = [controlId],
            });
        }

        var recorder = new ConfigRecorder
        {
            Region = region,
            Name = "default",
            RoleArn = roleArn,
            RecordingGroup = new RecordingGroup { ResourceTypes = [TrailType], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" },
        };
        plan.Add(Change(ChangeAction.Create, ResourceKinds.Recorder, region, recorder.Name, null, Attributes(recorder), controlId));
        if (Channel(snapshot, settings, plan, controlId, region, roleArn))
        {
            plan.Add(Change(ChangeAction.Update, ResourceKinds.RecorderStatus, region, recorder.Name, Status(region, recorder.Name, false), Status(region, recorder.Name, true), controlId));
        }
    }

    private static string ServiceLinkedRoleAddress => ResourceKinds.Address(ResourceKinds.ServiceLinkedRole, "config");

    /// <summary>
    /// Can the recorder of <paramref name="region"/> start? Only with a delivery channel (AWS: NoAvailableDeliveryChannelException):
    /// the region's own, or one to --config-bucket, planned here when AWS Config could write to the bucket. When no
    /// channel can be had, the control is listed as unplanned with what would let it be planned.
    /// </summary>
    private static bool Channel(AccountSnapshot snapshot, FixSettings settings, PlanBuilder plan, string controlId, string region, string? roleArn)
    {
        if (snapshot.DeliveryChannels.Any(c => c.Region == region))
        {
            return true;
        }

        if (snapshot.FindGap(Calls.DescribeDeliveryChannels, region) is { } gap)
        {
            plan.Note($"{controlId}: the delivery channels of {region} could not be read ({gap}); the recorder is started on the assumption that one exists");
            return true;
        }

        if (ConfigBucketRules.BucketName(snapshot, settings) is not { } bucket)
        {
            plan.Unplanned(controlId, $"the recorder in {region} can only start once it has a delivery channel",
                "--config-bucket BUCKET (a bucket AWS Config may write to), or --create-config-bucket");
            return false;
        }

        var checkedBucket = snapshot.ConfigPrerequisites?.Bucket;
        if (settings.CreateConfigBucket && !Bucket(snapshot, plan, controlId, region, bucket, checkedBucket))
        {
            return false;
        }

        var creating = plan.Has(ConfigBucketAddress(bucket));
        var usesServiceRole = roleArn?.EndsWith("/" + ServiceLinkedRoleSpec.ConfigRoleName, StringComparison.Ordinal) == true;
        if (!creating && checkedBucket is not null && usesServiceRole && ConfigBucketRules.Refusal(checkedBucket, snapshot.Partition, snapshot.Account) is { } refusal)
        {
            plan.Unplanned(controlId, $"{refusal}; AWS Config would refuse the delivery channel in {region} (InsufficientDeliveryPolicyException or NoSuchBucketException)",
                settings.CreateConfigBucket
                    ? "a --config-bucket whose policy is AWS Config's documented bucket policy, or the name of a bucket to create (plan never changes the policy of a bucket it did not create; see docs/remediation.md)"
                    : "a --config-bucket whose policy is AWS Config's documented bucket policy (see docs/remediation.md)");
            return false;
        }

        if (checkedBucket?.ReadError is { } unread)
        {
            plan.Note($"{controlId}: bucket '{bucket}' could not be checked ({unread}); the delivery channel is planned on the assumption that AWS Config may write to it");
        }

        plan.Add(Change(ChangeAction.Create, ResourceKinds.DeliveryChannel, region, "default", null,
            new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = "default", [Attr.Bucket] = bucket }, controlId));
        return true;
    }

    private static string ConfigBucketAddress(string bucket) => ResourceKinds.Address(ResourceKinds.ConfigBucket, bucket);

    /// <summary>
    /// --create-config-bucket: plans the bucket, in the first region whose channel needs it, when S3 says it does not
    /// exist (or it was not read at all). A bucket that exists is used as it is (its policy is checked by the caller);
    /// one that could not be read may be another account's, as bucket names are global, so nothing is planned.
    /// </summary>
    private static bool Bucket(AccountSnapshot snapshot, PlanBuilder plan, string controlId, string region, string bucket, ConfigBucket? checkedBucket)
    {
        if (plan.Has(ConfigBucketAddress(bucket)) || checkedBucket?.Exists == true)
        {
            return true;
        }

        if (checkedBucket is { Exists: null } unread)
        {
            plan.Unplanned(controlId, $"bucket '{bucket}' could not be checked ({unread.ReadError}); bucket names are global, so it may belong to another AWS account",
                "a --config-bucket name this account owns or that nobody has taken yet, and s3:GetBucketPolicy on it");
            return false;
        }

        plan.Add(new Change
        {
            Action = ChangeAction.Create,
            Address = ConfigBucketAddress(bucket),
            Kind = ResourceKinds.ConfigBucket,
            Region = region,
            After = new Dictionary<string, string> { [Attr.Region] = region, [Attr.Bucket] = bucket, [Attr.Policy] = ConfigBucketRules.Policy(snapshot.Partition, bucket, snapshot.Account) },
            Because = [controlId],
        });
        return true;
    }

    /// <summary>The smallest change of the group that records trails, or null when it already does.</summary>
    private static RecordingGroup? Covering(RecordingGroup group)
    {
        if (group.RecordingStrategy == "EXCLUSION_BY_RESOURCE_TYPES")
        {
            return group.ExclusionResourceTypes.Contains(TrailType) ? group with { ExclusionResourceTypes = [.. group.ExclusionResourceTypes.Where(t => t != TrailType)] } : null;
        }

        if (group.AllSupported || group.ResourceTypes.Contains(TrailType))
        {
            return null;
        }

        return group with { ResourceTypes = [.. group.ResourceTypes, TrailType], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" };
    }

    /// <summary>The recorder's attributes; its recording mode only when it has one, as plan never changes it.</summary>
    internal static Dictionary<string, string> Attributes(ConfigRecorder r)
    {
        var attributes = new Dictionary<string, string>
        {
            [Attr.Region] = r.Region,
            [Attr.Name] = r.Name,
            [Attr.RoleArn] = r.RoleArn ?? "",
            [Attr.AllSupported] = r.RecordingGroup.AllSupported ? "true" : "false",
            [Attr.IncludeGlobalResourceTypes] = r.RecordingGroup.IncludeGlobalResourceTypes ? "true" : "false",
            [Attr.ResourceTypes] = Attr.Join(r.RecordingGroup.ResourceTypes),
            [Attr.ExclusionResourceTypes] = Attr.Join(r.RecordingGroup.ExclusionResourceTypes),
            [Attr.RecordingStrategy] = r.RecordingGroup.RecordingStrategy ?? "",
        };
        if (Kinds.RecorderSpec.ModeText(r.RecordingMode) is { Length: > 0 } mode)
        {
            attributes[Attr.RecordingMode] = mode;
        }

        return attributes;
    }

    private static Dictionary<string, string> Status(string region, string name, bool recording)
        => new() { [Attr.Region] = region, [Attr.Name] = name, [Attr.Recording] = recording ? "true" : "false" };

    private static Change Change(ChangeAction action, ResourceKind kind, string region, string name, Dictionary<string, string>? before, Dictionary<string, string> after, string controlId) => new()
    {
        Action = action,
        Address = ResourceKinds.Address(kind, $"{region}_{name}"),
        Kind = kind,
        Region = region,
        Before = before,
        After = after,
        Because = [controlId],
    };
}
