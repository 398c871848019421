using TrailAlarm.Aws;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Testing;
using Cw = TrailAlarm.Aws.CloudWatch;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// apply and rollback through the real binary against moto_server behind the AWS-rules layer: what someone else set
/// survives both, a change made after the apply is not rolled back without --force, and a subscription AWS keeps
/// pending is reported as such.
/// </summary>
[Collection(MotoCollection.Name)]
public class ApplyOwnsOnlyItsChangesTests(MotoServer moto)
{
    private const string Control = "cloudtrail-changes-monitored";

    private string[] Aws => ["--endpoint-url", moto.RulesEndpoint.ToString(), "--regions", "us-east-1"];

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-owns-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private CliRun PlanAndApply(AwsKeys keys, string dir, string subscriber)
    {
        var plan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--subscribe", subscriber, "--out", "plan.json", .. Aws]);
        Assert.True(plan.ExitCode == 0, plan.Stdout + plan.Stderr);
        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stdout + apply.Stderr);
        return apply;
    }

    private CliRun Rollback(AwsKeys keys, string dir, params string[] options)
        => PlanCliMoto.Run(keys, dir, ["rollback", "journal.json", .. options, "--endpoint-url", moto.RulesEndpoint.ToString()]);

    [Fact]
    public async Task Rollback_leaves_an_alarm_changed_after_apply_with_exit_4_and_force_undoes_it()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();
        PlanAndApply(keys, dir, $"sqs:arn:aws:sqs:us-east-1:{account}:alerts");
        var cloudWatch = session.CloudWatch("us-east-1");
        var applied = Assert.Single(await cloudWatch.DescribeAllMetricAlarmsAsync());
        await cloudWatch.PutMetricAlarmAsync(new Cw.PutMetricAlarmRequest
        {
            AlarmName = applied.AlarmName!, MetricName = applied.MetricName, Namespace = applied.Namespace, Statistic = applied.Statistic,
            Period = applied.Period, EvaluationPeriods = applied.EvaluationPeriods ?? 1, Threshold = 5,
            ComparisonOperator = applied.ComparisonOperator!, AlarmActions = applied.AlarmActions,
        });

        var refused = Rollback(keys, dir);

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("aws_cloudwatch_metric_alarm", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("left alone", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("Rollback incomplete", refused.Stdout, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(await cloudWatch.DescribeAllMetricAlarmsAsync()).Threshold);
        Assert.Empty(await session.Logs("us-east-1").DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { LogGroupName = "trail-logs" }));

        var forced = Rollback(keys, dir, "--force");

        Assert.True(forced.ExitCode == 0, forced.Stdout + forced.Stderr);
        Assert.Empty(await cloudWatch.DescribeAllMetricAlarmsAsync());
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Apply_reports_an_email_subscription_as_pending_and_the_audit_still_fails()
    {
        var (_, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();

        var apply = PlanAndApply(keys, dir, "email:secops@example.com");

        Assert.Contains("Pending: email:secops@example.com must confirm its subscription", apply.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, ["audit", "--controls", Control, .. Aws]).ExitCode);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Updating_a_filter_keeps_its_other_fields_and_rollback_restores_it_exactly()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = TempDir();
        var logs = session.Logs("us-east-1");
        const string weak = "{ $.eventName = \"DeleteTrail\" }";
        await logs.PutMetricFilterAsync(new PutMetricFilterRequest
        {
            LogGroupName = "trail-logs", FilterName = "CloudTrailChangeCount", FilterPattern = weak,
            MetricTransformations = [new MetricTransformation { MetricName = "CloudTrailChangeCount", MetricNamespace = "CISBenchmark", MetricValue = "1", DefaultValue = 0, Unit = "Count" }],
        });

        PlanAndApply(keys, dir, $"sqs:arn:aws:sqs:us-east-1:{account}:alerts");

        var updated = Assert.Single(await logs.DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { LogGroupName = "trail-logs" }));
        Assert.NotEqual(weak, updated.FilterPattern);
        var transformation = Assert.Single(updated.MetricTransformations);
        Assert.Equal(0, transformation.DefaultValue);
        Assert.Equal("Count", transformation.Unit);
        var audit = PlanCliMoto.Run(keys, dir, ["audit", "--controls", Control, .. Aws]);
        // No SQS queue stands behind the subscriber (no SQS client here): the delivery step is UNKNOWN, nothing FAILs.
        Assert.True(audit.ExitCode is 0 or 3, audit.Stdout + audit.Stderr);
        Assert.DoesNotContain("│ FAIL", audit.Stdout, StringComparison.Ordinal);

        var rollback = Rollback(keys, dir);

        Assert.True(rollback.ExitCode == 0, rollback.Stdout + rollback.Stderr);
        var restored = Assert.Single(await logs.DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { LogGroupName = "trail-logs" }));
        Assert.Equal(weak, restored.FilterPattern);
        Assert.Equal(0, Assert.Single(restored.MetricTransformations).DefaultValue);
        Assert.Equal("Count", Assert.Single(restored.MetricTransformations).Unit);
        Directory.Delete(dir, recursive: true);
    }
}
