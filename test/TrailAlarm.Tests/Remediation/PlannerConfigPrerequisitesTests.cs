using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>
/// What AWS Config needs before a recorder can be put and started, as plan reads it: the service-linked role, a
/// delivery channel, and a bucket whose policy lets AWS Config write. Each rerun after a crash plans only what is
/// still missing.
/// </summary>
public sealed class PlannerConfigPrerequisitesTests
{
    private const string Control = "config-records-cloudtrail";
    private const string Bucket = "config-bucket";
    private static readonly FixSettings Fix = new() { Controls = [Control], FixConfigRecorder = true, ConfigBucket = Bucket };

    private static Plan PlanFor(AccountSnapshot snapshot, FixSettings? settings = null) => Planner.Default().Plan(snapshot, settings ?? Fix, DateTimeOffset.UnixEpoch);

    private static AccountSnapshot Account(bool? role = true, string? policy = null, bool? bucketExists = true) => Accounts.TrailOnly() with
    {
        ConfigPrerequisites = new ConfigPrerequisites
        {
            ServiceLinkedRoleExists = role,
            Bucket = new ConfigBucket { Name = Bucket, Exists = bucketExists, Policy = policy ?? ConfigBucketRules.Policy("aws", Bucket, Accounts.Id) },
        },
    };

    private static ConfigRecorder Recorder(bool recording) => new()
    {
        Region = Accounts.Region,
        Name = "default",
        RoleArn = ServiceLinkedRoleSpec.ArnOf("aws", Accounts.Id, ServiceLinkedRoleSpec.ConfigService, ServiceLinkedRoleSpec.ConfigRoleName),
        RecordingGroup = new RecordingGroup { ResourceTypes = ["AWS::CloudTrail::Trail"], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" },
        Status = new RecorderStatus { Recording = recording },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void The_service_linked_role_is_asked_for_first_when_it_is_missing_or_unknown(bool? exists)
    {
        var plan = PlanFor(Account(role: exists));

        Assert.Equal([ResourceKinds.ServiceLinkedRole, ResourceKinds.Recorder, ResourceKinds.DeliveryChannel, ResourceKinds.RecorderStatus], plan.Changes.Select(c => c.Kind));
        var role = plan.Changes[0];
        Assert.Equal("config.amazonaws.com", role.After![Attr.AwsServiceName]);
        Assert.Equal(role.After[Attr.Arn], plan.Changes[1].After![Attr.RoleArn]);
    }

    [Fact]
    public void An_existing_service_linked_role_is_not_asked_for()
        => Assert.DoesNotContain(PlanFor(Account(role: true)).Changes, c => c.Kind == ResourceKinds.ServiceLinkedRole);

    [Fact]
    public void A_stopped_recorder_without_a_delivery_channel_gets_one_before_it_is_started()
    {
        var plan = PlanFor(Account() with { ConfigRecorders = [Recorder(recording: false)] });

        Assert.Equal([ResourceKinds.DeliveryChannel, ResourceKinds.RecorderStatus], plan.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void A_stopped_recorder_without_a_channel_or_a_bucket_is_not_started_and_the_plan_says_what_would_start_it()
    {
        var plan = PlanFor(Accounts.TrailOnly() with { ConfigRecorders = [Recorder(recording: false)] }, Fix with { ConfigBucket = null });

        Assert.Empty(plan.Changes);
        Assert.StartsWith("--config-bucket", Assert.Single(plan.Unplanned).Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_that_keeps_its_delivery_channel_gets_no_second_one()
    {
        var plan = PlanFor(Account() with { DeliveryChannels = [new DeliveryChannel { Region = Accounts.Region, Name = "default", Bucket = "theirs" }] });

        Assert.Equal([ResourceKinds.Recorder, ResourceKinds.RecorderStatus], plan.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void A_missing_bucket_leaves_the_control_unplanned_naming_the_bucket()
    {
        var plan = PlanFor(Account(bucketExists: false));

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.DeliveryChannel || c.Kind == ResourceKinds.RecorderStatus);
        Assert.Contains($"bucket '{Bucket}' does not exist", Assert.Single(plan.Unplanned).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*","Resource":"*"}]}""", "GetBucketAcl")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":["s3:GetBucketAcl","s3:ListBucket"],"Resource":"arn:aws:s3:::config-bucket"},{"Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::config-bucket/other/*"}]}""", "PutObject")]
    public void A_bucket_policy_that_refuses_aws_config_leaves_the_control_unplanned_naming_the_missing_permission(string policy, string missing)
    {
        var plan = PlanFor(Account(policy: policy));

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.DeliveryChannel);
        Assert.Contains("s3:" + missing, Assert.Single(plan.Unplanned).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bucket_that_could_not_be_checked_is_planned_with_a_note()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            ConfigPrerequisites = new ConfigPrerequisites { ServiceLinkedRoleExists = true, Bucket = new ConfigBucket { Name = Bucket, ReadError = "s3:GetBucketPolicy failed: AccessDenied: denied" } },
        };

        var plan = PlanFor(snapshot);

        Assert.Contains(plan.Changes, c => c.Kind == ResourceKinds.DeliveryChannel);
        Assert.Contains(plan.Notes, n => n.Contains("AccessDenied", StringComparison.Ordinal));
    }

    [Fact]
    public void Reruns_after_each_crash_point_plan_only_what_is_still_missing()
    {
        var recorder = Recorder(recording: false);
        var channel = new DeliveryChannel { Region = Accounts.Region, Name = "default", Bucket = Bucket };

        var afterRole = PlanFor(Account(role: true));
        var afterRecorder = PlanFor(Account(role: true) with { ConfigRecorders = [recorder] });
        var afterChannel = PlanFor(Account(role: true) with { ConfigRecorders = [recorder], DeliveryChannels = [channel] });
        var afterStart = PlanFor(Account(role: true) with { ConfigRecorders = [recorder with { Status = new RecorderStatus { Recording = true } }], DeliveryChannels = [channel] });

        Assert.Equal([ResourceKinds.Recorder, ResourceKinds.DeliveryChannel, ResourceKinds.RecorderStatus], afterRole.Changes.Select(c => c.Kind));
        Assert.Equal([ResourceKinds.DeliveryChannel, ResourceKinds.RecorderStatus], afterRecorder.Changes.Select(c => c.Kind));
        Assert.Equal([ResourceKinds.RecorderStatus], afterChannel.Changes.Select(c => c.Kind));
        Assert.Empty(afterStart.Changes);
        Assert.Empty(afterStart.Unplanned);
    }

    [Fact]
    public void A_saved_plan_with_the_service_linked_role_loads_and_a_foreign_role_name_is_refused()
    {
        var path = Path.GetTempFileName();
        try
        {
            PlanFile.Save(path, PlanFor(Account(role: false)));
            Assert.Equal(ResourceKinds.ServiceLinkedRole, PlanFile.Load(path).Changes[0].Kind);
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"AWSServiceRoleForConfig\"", "\"Admin\"", StringComparison.Ordinal));
            Assert.Throws<RemediationFileException>(() => PlanFile.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
