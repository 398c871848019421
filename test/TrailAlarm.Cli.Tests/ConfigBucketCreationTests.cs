using TrailAlarm.Aws;
using TrailAlarm.Remediation;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// --create-config-bucket through the real binary and the AWS-rules layer: one apply creates the bucket (private,
/// with AWS Config's policy) before the delivery channel and the audit passes; rollback deletes the bucket only when
/// it is empty, and once something was delivered into it leaves it in place, says why and exits 4. A name another
/// account owns, or a bucket of ours whose policy keeps AWS Config out, is never taken over.
/// </summary>
[Collection(MotoCollection.Name)]
public class ConfigBucketCreationTests(MotoServer moto)
{
    private const string Control = "config-records-cloudtrail";

    private string[] Aws => ["--endpoint-url", moto.RulesEndpoint.ToString(), "--regions", "us-east-1"];

    private string[] Plan(params string[] extra) => ["plan", "--controls", Control, "--fix-config-recorder", "--create-config-bucket", .. extra, .. Aws];

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-config-bucket-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task Apply_creates_the_bucket_before_the_channel_and_rollback_leaves_a_bucket_with_objects_in_place_until_it_is_empty()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();
        var bucket = $"config-bucket-{account}-us-east-1";
        var s3 = session.S3("us-east-1");

        var plan = PlanCliMoto.Run(keys, dir, Plan("--out", "plan.json"));
        Assert.True(plan.ExitCode == 0, plan.Stdout + plan.Stderr);
        Assert.Contains($"aws_s3_bucket.{bucket.Replace('-', '_')}", plan.Stdout, StringComparison.Ordinal);
        var seeded = moto.Rules.Calls(account).Count;
        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stdout + apply.Stderr);

        Assert.Equal(ConfigBucketRules.Policy("aws", bucket, account), await s3.GetBucketPolicyAsync(bucket));
        var writes = moto.Rules.Calls(account).Skip(seeded).Select(c => c.Operation).Where(o => o.StartsWith("Put", StringComparison.Ordinal) || o.StartsWith("Create", StringComparison.Ordinal)).ToList();
        Assert.Equal(["CreateServiceLinkedRole", "PutConfigurationRecorder", "CreateBucket", "PutPublicAccessBlock", "PutBucketPolicy", "PutDeliveryChannel"], writes);
        var audit = PlanCliMoto.Run(keys, dir, ["audit", "--controls", Control, .. Aws]);
        Assert.True(audit.ExitCode == 0, audit.Stdout + audit.Stderr);
        var again = PlanCliMoto.Run(keys, dir, Plan());
        Assert.True(again.ExitCode == 0, again.Stdout + again.Stderr);
        Assert.StartsWith("No changes", again.Stdout, StringComparison.Ordinal);

        // What AWS Config delivers is someone's data: rollback does not empty the bucket for them.
        var key = $"AWSLogs/{account}/Config/us-east-1/ConfigWritabilityCheckFile";
        await s3.PutObjectAsync(bucket, key, "ok"u8.ToArray());
        var rollback = PlanCliMoto.Run(keys, dir, "rollback", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(rollback.ExitCode == 4, rollback.Stdout + rollback.Stderr);
        Assert.Contains($"left in place, bucket '{bucket}' is not empty (S3 refused DeleteBucket: BucketNotEmpty)", rollback.Stderr, StringComparison.Ordinal);
        Assert.Contains("Rollback incomplete", rollback.Stdout, StringComparison.Ordinal);
        Assert.Empty((await session.Config("us-east-1").DescribeDeliveryChannelsAsync()).DeliveryChannels);
        Assert.Empty((await session.Config("us-east-1").DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
        Assert.Equal("ok"u8.ToArray(), await s3.GetObjectAsync(bucket, key));

        var objects = await s3.ListAllObjectsAsync(bucket);
        Assert.Single(objects);
        using (var raw = new TrailAlarm.Testing.AwsRules.RawAwsClient(moto.RulesEndpoint, account))
        {
            Assert.Equal(204, await raw.S3Async("DELETE", $"/{bucket}/{key}"));
        }

        var second = PlanCliMoto.Run(keys, dir, "rollback", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        var gone = await Assert.ThrowsAsync<AwsApiException>(() => s3.GetBucketPolicyAsync(bucket));
        Assert.Equal("NoSuchBucket", gone.Code);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task A_name_another_account_owns_is_unplanned_and_nothing_is_written()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        var (_, _, other) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _1 = session;
        using var _2 = other;
        var dir = TempDir();
        var bucket = $"taken-{account}";
        await other.S3("us-east-1").CreateBucketAsync(bucket);

        var seeded = moto.Rules.Calls(account).Count;
        var plan = PlanCliMoto.Run(keys, dir, Plan("--config-bucket", bucket));

        Assert.True(plan.ExitCode == 1, plan.Stdout + plan.Stderr);
        Assert.Contains($"bucket '{bucket}' could not be checked", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("may belong to another AWS account", plan.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(moto.Rules.Calls(account).Skip(seeded), c => c.Operation is "CreateBucket" or "PutBucketPolicy");
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task A_bucket_of_ours_whose_policy_keeps_aws_config_out_keeps_its_policy_and_the_control_is_unplanned()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();
        var bucket = $"closed-{account}";
        var policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::{{bucket}}/*"}]}""";
        await session.S3("us-east-1").CreateBucketAsync(bucket);
        await session.S3("us-east-1").PutBucketPolicyAsync(bucket, policy);

        var plan = PlanCliMoto.Run(keys, dir, Plan("--config-bucket", bucket));

        Assert.True(plan.ExitCode == 1, plan.Stdout + plan.Stderr);
        Assert.Contains($"the policy of bucket '{bucket}' does not let config.amazonaws.com", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("never changes the policy of a bucket it did not create", plan.Stdout, StringComparison.Ordinal);
        Assert.Equal(policy, await session.S3("us-east-1").GetBucketPolicyAsync(bucket));
        Directory.Delete(dir, recursive: true);
    }
}
