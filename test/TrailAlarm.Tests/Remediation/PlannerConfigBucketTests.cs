using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>
/// --create-config-bucket: the bucket is planned before the delivery channel only when S3 says it does not exist; an
/// existing bucket of ours with AWS Config's policy is used as it is, and one whose policy refuses AWS Config, or
/// that could not be read (bucket names are global: it may be another account's), is never taken over.
/// </summary>
public sealed class PlannerConfigBucketTests
{
    private const string Control = "config-records-cloudtrail";
    private const string Named = "my-config-bucket";
    private static readonly FixSettings Fix = new() { Controls = [Control], FixConfigRecorder = true, CreateConfigBucket = true };
    private static readonly string DefaultName = $"config-bucket-{Accounts.Id}-{Accounts.Region}";

    private static Plan PlanFor(ConfigBucket bucket, FixSettings? settings = null) => Planner.Default().Plan(
        Accounts.TrailOnly() with { ConfigPrerequisites = new ConfigPrerequisites { ServiceLinkedRoleExists = true, Bucket = bucket } },
        settings ?? Fix, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Without_a_name_the_bucket_is_config_bucket_account_region_and_is_created_before_the_delivery_channel()
    {
        var plan = PlanFor(new ConfigBucket { Name = DefaultName, Exists = false });

        Assert.Equal([ResourceKinds.Recorder, ResourceKinds.ConfigBucket, ResourceKinds.DeliveryChannel, ResourceKinds.RecorderStatus], plan.Changes.Select(c => c.Kind));
        var bucket = plan.Changes[1];
        Assert.Equal(ChangeAction.Create, bucket.Action);
        Assert.Equal(Accounts.Region, bucket.Region);
        Assert.Equal(DefaultName, bucket.After![Attr.Bucket]);
        Assert.Equal(ConfigBucketRules.Policy("aws", DefaultName, Accounts.Id), bucket.After[Attr.Policy]);
        Assert.Equal(DefaultName, plan.Changes[2].After![Attr.Bucket]);
        Assert.Empty(plan.Unplanned);
    }

    [Fact]
    public void The_config_bucket_name_is_the_one_created()
    {
        var plan = PlanFor(new ConfigBucket { Name = Named, Exists = false }, Fix with { ConfigBucket = Named });

        Assert.Equal(Named, Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket).After![Attr.Bucket]);
    }

    [Fact]
    public void An_existing_bucket_of_ours_with_aws_configs_policy_is_used_and_nothing_is_created()
    {
        var plan = PlanFor(new ConfigBucket { Name = DefaultName, Exists = true, Policy = ConfigBucketRules.Policy("aws", DefaultName, Accounts.Id) });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket);
        Assert.Contains(plan.Changes, c => c.Kind == ResourceKinds.DeliveryChannel);
    }

    [Theory]
    [InlineData(null, "has no bucket policy")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*","Resource":"*"}]}""", "does not let config.amazonaws.com")]
    public void An_existing_bucket_whose_policy_refuses_aws_config_is_left_as_it_is_and_the_control_unplanned(string? policy, string reason)
    {
        var plan = PlanFor(new ConfigBucket { Name = DefaultName, Exists = true, Policy = policy });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket || c.Kind == ResourceKinds.DeliveryChannel);
        var unplanned = Assert.Single(plan.Unplanned);
        Assert.Contains(reason, unplanned.Reason, StringComparison.Ordinal);
        Assert.Contains("never changes the policy of a bucket it did not create", unplanned.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bucket_that_could_not_be_read_may_be_another_accounts_and_nothing_is_planned_for_it()
    {
        var plan = PlanFor(new ConfigBucket { Name = DefaultName, ReadError = "s3:GetBucketPolicy failed: AccessDenied: Access Denied" });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket || c.Kind == ResourceKinds.DeliveryChannel);
        var unplanned = Assert.Single(plan.Unplanned);
        Assert.Contains("AccessDenied", unplanned.Reason, StringComparison.Ordinal);
        Assert.Contains("another AWS account", unplanned.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_create_config_bucket_a_missing_bucket_is_still_unplanned()
    {
        var plan = PlanFor(new ConfigBucket { Name = Named, Exists = false }, Fix with { CreateConfigBucket = false, ConfigBucket = Named });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket);
        Assert.Contains($"bucket '{Named}' does not exist", Assert.Single(plan.Unplanned).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_bucket_serves_every_region_and_is_created_in_the_first()
    {
        var snapshot = Accounts.TrailOnly();
        var second = snapshot.Trails[0] with { Name = "west", Arn = snapshot.Trails[0].Arn.Replace("us-east-1", "us-west-2", StringComparison.Ordinal), HomeRegion = "us-west-2" };
        snapshot = snapshot with
        {
            Regions = [.. snapshot.Regions, "us-west-2"],
            Trails = [.. snapshot.Trails, second],
            ConfigPrerequisites = new ConfigPrerequisites { ServiceLinkedRoleExists = true, Bucket = new ConfigBucket { Name = DefaultName, Exists = false } },
        };

        var plan = Planner.Default().Plan(snapshot, Fix, DateTimeOffset.UnixEpoch);

        Assert.Equal(Accounts.Region, Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket).Region);
        Assert.Equal([DefaultName, DefaultName], plan.Changes.Where(c => c.Kind == ResourceKinds.DeliveryChannel).Select(c => c.After![Attr.Bucket]));
    }

    [Fact]
    public void A_saved_plan_whose_bucket_policy_was_edited_is_refused()
    {
        var plan = PlanFor(new ConfigBucket { Name = DefaultName, Exists = false });
        var edited = plan with
        {
            Changes = [.. plan.Changes.Select(c => c.Kind == ResourceKinds.ConfigBucket
                ? c with { After = new Dictionary<string, string>(c.After!) { [Attr.Policy] = c.After![Attr.Policy].Replace("AWS:SourceAccount", "aws:x", StringComparison.Ordinal) } }
                : c)],
        };

        Assert.Null(ChangeValueRules.FirstProblem(plan.Changes.Single(c => c.Kind == ResourceKinds.ConfigBucket), plan));
        Assert.Contains("after.policy", ChangeValueRules.FirstProblem(edited.Changes.Single(c => c.Kind == ResourceKinds.ConfigBucket), edited), StringComparison.Ordinal);
    }
}
