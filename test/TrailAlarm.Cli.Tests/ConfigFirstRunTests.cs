using TrailAlarm.Remediation;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// --fix-config-recorder on an account without AWS Config, through the real binary and the AWS-rules layer (which
/// refuses a recorder whose role does not exist, a channel to a missing bucket or to one whose policy keeps AWS Config
/// out, and a start without a channel): plan says what is wrong with the bucket before anything is written, and with a
/// bucket AWS Config may write to, one apply creates the service-linked role, recorder and channel, and the audit passes.
/// </summary>
[Collection(MotoCollection.Name)]
public class ConfigFirstRunTests(MotoServer moto)
{
    private const string Control = "config-records-cloudtrail";

    private string[] Aws => ["--endpoint-url", moto.RulesEndpoint.ToString(), "--regions", "us-east-1"];

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task Plan_names_a_missing_bucket_and_one_that_refuses_aws_config_and_writes_nothing()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();
        await session.S3("us-east-1").CreateBucketAsync($"closed-{account}");

        var missing = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--fix-config-recorder", "--config-bucket", $"nope-{account}", .. Aws]);
        var closed = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--fix-config-recorder", "--config-bucket", $"closed-{account}", .. Aws]);

        Assert.True(missing.ExitCode == 1, missing.Stdout + missing.Stderr);
        Assert.True(missing.Stdout.Contains($"bucket 'nope-{account}' does not exist", StringComparison.Ordinal), missing.Stdout);
        Assert.Equal(1, closed.ExitCode);
        Assert.Contains($"bucket 'closed-{account}' has no bucket policy", closed.Stdout, StringComparison.Ordinal);
        Assert.Empty((await session.Config("us-east-1").DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task One_apply_creates_the_service_linked_role_recorder_and_channel_and_the_audit_passes_then_rollback_removes_them()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();
        var bucket = $"config-{account}";
        await session.S3("us-east-1").CreateBucketAsync(bucket);
        await session.S3("us-east-1").PutBucketPolicyAsync(bucket, ConfigBucketRules.Policy("aws", bucket, account));

        var plan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--fix-config-recorder", "--config-bucket", bucket, "--out", "plan.json", .. Aws]);
        Assert.True(plan.ExitCode == 0, plan.Stdout + plan.Stderr);
        Assert.Contains("aws_iam_service_linked_role", plan.Stdout, StringComparison.Ordinal);
        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stdout + apply.Stderr);

        var audit = PlanCliMoto.Run(keys, dir, ["audit", "--controls", Control, .. Aws]);
        Assert.True(audit.ExitCode == 0, audit.Stdout + audit.Stderr);
        var again = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--fix-config-recorder", "--config-bucket", bucket, .. Aws]);
        Assert.True(again.ExitCode == 0, again.Stdout + again.Stderr);
        Assert.StartsWith("No changes", again.Stdout, StringComparison.Ordinal);

        var rollback = PlanCliMoto.Run(keys, dir, "rollback", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(rollback.ExitCode == 0, rollback.Stdout + rollback.Stderr);
        Assert.Empty((await session.Config("us-east-1").DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
        Assert.Empty((await session.Config("us-east-1").DescribeDeliveryChannelsAsync()).DeliveryChannels);
        Directory.Delete(dir, recursive: true);
    }
}
