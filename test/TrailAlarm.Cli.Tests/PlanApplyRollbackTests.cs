using System.Text.Json;
using TrailAlarm.Aws;
using TrailAlarm.Aws.CloudWatch;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>plan → apply → audit → plan → rollback through the real binary against moto_server.</summary>
[Collection(MotoCollection.Name)]
public class PlanApplyRollbackTests(MotoServer moto)
{
    private string[] Aws => ["--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1"];

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-fix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task Plan_apply_audit_replan_and_rollback_work_end_to_end()
    {
        var (_, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto);
        using var _ = session;
        var dir = TempDir();
        string[] audit = ["audit", "--controls", "cloudtrail-changes-monitored,config-changes-monitored", .. Aws];

        var plan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", "cloudtrail-changes-monitored,config-changes-monitored", "--subscribe", "email:secops@example.com", "--out", "plan.json", .. Aws]);
        Assert.True(plan.ExitCode == 0, plan.Stderr);
        Assert.Contains("+ resource \"aws_cloudwatch_metric_alarm\"", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("Plan: ", plan.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, audit).ExitCode);

        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.Endpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stderr);
        Assert.Contains("Apply complete", apply.Stdout, StringComparison.Ordinal);
        var passing = PlanCliMoto.Run(keys, dir, audit);
        Assert.True(passing.ExitCode == 0, passing.Stdout + passing.Stderr);

        var replan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", "cloudtrail-changes-monitored,config-changes-monitored", "--subscribe", "email:secops@example.com", "--format", "json", .. Aws]);
        Assert.True(replan.ExitCode == 0, replan.Stderr);
        using (var json = JsonDocument.Parse(replan.Stdout))
        {
            Assert.Equal(0, json.RootElement.GetProperty("changes").GetArrayLength());
        }

        var rollback = PlanCliMoto.Run(keys, dir, "rollback", "journal.json", "--endpoint-url", moto.Endpoint.ToString());
        Assert.True(rollback.ExitCode == 0, rollback.Stderr);
        Assert.Contains("Rollback complete", rollback.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, audit).ExitCode);
        var again = PlanCliMoto.Run(keys, dir, "rollback", "journal.json", "--endpoint-url", moto.Endpoint.ToString());
        Assert.Contains("Nothing to undo", again.Stdout, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Apply_refuses_with_exit_4_when_the_account_changed_since_the_plan()
    {
        var (_, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto);
        using var _ = session;
        var dir = TempDir();
        Assert.Equal(0, PlanCliMoto.Run(keys, dir, ["plan", "--controls", "cloudtrail-changes-monitored", "--subscribe", "email:secops@example.com", "--out", "plan.json", .. Aws]).ExitCode);
        await session.CloudWatch("us-east-1").PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = "CloudTrail Changes", MetricName = "Other", Namespace = "Mine", Statistic = "Average", Period = 60,
            EvaluationPeriods = 3, Threshold = 10, ComparisonOperator = "GreaterThanThreshold",
        });

        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.Endpoint.ToString());

        Assert.Equal(4, apply.ExitCode);
        Assert.Contains("aws_cloudwatch_metric_alarm", apply.Stderr, StringComparison.Ordinal);
        var alarm = Assert.Single(await session.CloudWatch("us-east-1").DescribeAllMetricAlarmsAsync());
        Assert.Equal("Other", alarm.MetricName);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Apply_auto_approve_plans_and_applies_in_one_step()
    {
        var (_, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto);
        using var _ = session;
        var dir = TempDir();

        var apply = PlanCliMoto.Run(keys, dir, ["apply", "--auto-approve", "--subscribe", "email:a@example.com", .. Aws]);

        Assert.True(apply.ExitCode == 0, apply.Stderr);
        Assert.Single(Directory.GetFiles(dir, "trailalarm-journal-*.json"));
        Assert.Equal(0, PlanCliMoto.Run(keys, dir, ["audit", "--controls", "cloudtrail-changes-monitored", .. Aws]).ExitCode);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Integrated_trail_gets_a_log_group_with_retention_and_a_role_for_its_trail_only_and_rollback_removes_both()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, withLogs: false);
        using var _ = session;
        var dir = TempDir();
        const string Group = "trailalarm/cloudtrail/main";
        const string Role = "TrailAlarmCloudTrailLogs-main";

        var plan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", "cloudtrail-changes-monitored", "--subscribe", "email:secops@example.com", "--integrate-trail", "--log-retention-days", "90", "--out", "plan.json", .. Aws]);
        Assert.True(plan.ExitCode == 0, plan.Stderr);
        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.Endpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stderr);

        var logs = session.Logs("us-east-1");
        Assert.Equal(90, Assert.Single(await logs.DescribeAllLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = Group })).RetentionInDays);
        using (var trust = JsonDocument.Parse((await session.Iam().GetRoleAsync(Role)).Role!.AssumeRolePolicyDocument!))
        {
            var statement = trust.RootElement.GetProperty("Statement")[0];
            Assert.Equal("cloudtrail.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());
            Assert.False(statement.TryGetProperty("Condition", out var condition), $"unexpected trust condition {condition}");
        }

        var rollback = PlanCliMoto.Run(keys, dir, "rollback", "journal.json", "--endpoint-url", moto.Endpoint.ToString());
        Assert.True(rollback.ExitCode == 0, rollback.Stderr);
        Assert.Empty(await logs.DescribeAllLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = Group }));
        var gone = await Assert.ThrowsAsync<AwsApiException>(() => session.Iam().GetRoleAsync(Role));
        Assert.Equal(AwsErrorKind.NotFound, gone.Kind);
        Directory.Delete(dir, recursive: true);
    }
}
