using System.Text.Json;
using TrailAlarm.Aws;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Aws.Sns;
using TrailAlarm.Testing;
using Cw = TrailAlarm.Aws.CloudWatch;

namespace TrailAlarm.Cli.Tests;

/// <summary>plan → apply → audit through the real binary against moto_server behind the AWS-rules layer, where the account already notifies someone.</summary>
[Collection(MotoCollection.Name)]
public class PlanClosesFindingsTests(MotoServer moto)
{
    private const string Control = "cloudtrail-changes-monitored";

    private string[] Aws => ["--endpoint-url", moto.RulesEndpoint.ToString(), "--regions", "us-east-1"];

    /// <summary>A topic with a confirmed (SQS) subscriber, and the account's root-usage alarm on the trail's log group notifying it.</summary>
    private static async Task<string> RootUsageAlarmAsync(AwsSession session, string account)
    {
        var topic = (await session.Sns("us-east-1").CreateTopicAsync(new CreateTopicRequest { Name = "security-alerts" })).TopicArn!;
        await session.Sns("us-east-1").SubscribeAsync(new SubscribeRequest { TopicArn = topic, Protocol = "sqs", Endpoint = $"arn:aws:sqs:us-east-1:{account}:alerts", ReturnSubscriptionArn = true });
        await session.Logs("us-east-1").PutMetricFilterAsync(new PutMetricFilterRequest
        {
            LogGroupName = "trail-logs", FilterName = "root-usage",
            FilterPattern = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }",
            MetricTransformations = [new MetricTransformation { MetricName = "RootUsage", MetricNamespace = "CISBenchmark", MetricValue = "1" }],
        });
        await session.CloudWatch("us-east-1").PutMetricAlarmAsync(new Cw.PutMetricAlarmRequest
        {
            AlarmName = "root-usage", MetricName = "RootUsage", Namespace = "CISBenchmark", Statistic = "Sum", Period = 300,
            EvaluationPeriods = 1, Threshold = 1, ComparisonOperator = "GreaterThanOrEqualToThreshold", AlarmActions = [topic],
        });
        return topic;
    }

    [Fact]
    public async Task Plan_reuses_the_topic_of_another_cis_alarm_and_the_applied_fix_passes_the_audit()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var topic = await RootUsageAlarmAsync(session, account);
        var dir = Directory.CreateTempSubdirectory("trailalarm-reuse-").FullName;
        string[] audit = ["audit", "--controls", Control, .. Aws];
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, audit).ExitCode);

        var plan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--out", "plan.json", "--format", "json", .. Aws]);

        Assert.True(plan.ExitCode == 0, plan.Stdout + plan.Stderr);
        using (var json = JsonDocument.Parse(plan.Stdout))
        {
            var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
            Assert.DoesNotContain(changes, c => c.GetProperty("kind").GetString() is "sns-topic" or "sns-subscription");
            var alarm = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "cloudwatch-alarm");
            Assert.Equal(topic, alarm.GetProperty("after").GetProperty("alarmActions").GetString());
            Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("reusing SNS topic " + topic, StringComparison.Ordinal));
            Assert.Equal(0, json.RootElement.GetProperty("unplanned").GetArrayLength());
        }

        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stdout + apply.Stderr);
        // The audit now also checks that the SQS subscriber's queue receives the message; the test has no SQS queue
        // (no SQS client here), so that last step is UNKNOWN (exit 3) — what matters is that nothing FAILs any more.
        var after = PlanCliMoto.Run(keys, dir, audit);
        Assert.True(after.ExitCode is 0 or 3, after.Stdout + after.Stderr);
        Assert.DoesNotContain("│ FAIL", after.Stdout, StringComparison.Ordinal);
        Assert.Single(await session.Sns("us-east-1").ListAllTopicsAsync());
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Alarm_watching_dimensions_the_filter_never_publishes_is_fixed_in_place()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var topic = await RootUsageAlarmAsync(session, account);
        await session.Logs("us-east-1").PutMetricFilterAsync(new PutMetricFilterRequest
        {
            LogGroupName = "trail-logs", FilterName = "trail-changes",
            FilterPattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
            MetricTransformations = [new MetricTransformation { MetricName = "TrailChanges", MetricNamespace = "CISBenchmark", MetricValue = "1" }],
        });
        await session.CloudWatch("us-east-1").PutMetricAlarmAsync(new Cw.PutMetricAlarmRequest
        {
            AlarmName = "trail-changes", MetricName = "TrailChanges", Namespace = "CISBenchmark", Statistic = "Sum", Period = 300,
            EvaluationPeriods = 1, Threshold = 1, ComparisonOperator = "GreaterThanOrEqualToThreshold", AlarmActions = [topic],
            Dimensions = [new Cw.Dimension("Trail", "main")], Unit = "Seconds", AlarmDescription = "kept",
        });
        var dir = Directory.CreateTempSubdirectory("trailalarm-dims-").FullName;
        string[] audit = ["audit", "--controls", Control, .. Aws];
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, audit).ExitCode);

        var plan = PlanCliMoto.Run(keys, dir, ["plan", "--controls", Control, "--out", "plan.json", .. Aws]);
        Assert.True(plan.ExitCode == 0, plan.Stdout + plan.Stderr);
        Assert.Contains("~ resource \"aws_cloudwatch_metric_alarm\"", plan.Stdout, StringComparison.Ordinal);
        var apply = PlanCliMoto.Run(keys, dir, "apply", "plan.json", "--journal", "journal.json", "--endpoint-url", moto.RulesEndpoint.ToString());
        Assert.True(apply.ExitCode == 0, apply.Stdout + apply.Stderr);

        var alarm = Assert.Single(await session.CloudWatch("us-east-1").DescribeAllMetricAlarmsAsync(), a => a.AlarmName == "trail-changes");
        Assert.Empty(alarm.Dimensions ?? []);
        Assert.Null(alarm.Unit);
        Assert.Equal("kept", alarm.AlarmDescription);
        var passing = PlanCliMoto.Run(keys, dir, audit);
        Assert.True(passing.ExitCode is 0 or 3, passing.Stdout + passing.Stderr);
        Assert.DoesNotContain("│ FAIL", passing.Stdout, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }
}
