using System.Diagnostics;
using TrailAlarm.Aws;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>The exported CLI script, run with the aws CLI against moto_server (AWS_ENDPOINT_URL), makes the audit pass.</summary>
[Collection(MotoCollection.Name)]
public class ExportScriptTests(MotoServer moto)
{
    [Fact]
    public async Task Cli_script_run_with_the_aws_cli_makes_the_account_pass_the_audit()
    {
        var (_, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto);
        using var _ = session;
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string[] aws = ["--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1"];
        string[] audit = ["audit", "--controls", "cloudtrail-changes-monitored,config-changes-monitored", .. aws];
        Assert.Equal(1, PlanCliMoto.Run(keys, dir, audit).ExitCode);

        var export = PlanCliMoto.Run(keys, dir, ["export", "cli", "--subscribe", "email:secops@example.com", "--out", "fix.sh", .. aws]);
        Assert.True(export.ExitCode == 0, export.Stderr);

        await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"));

        var after = PlanCliMoto.Run(keys, dir, audit);
        Assert.True(after.ExitCode == 0, after.Stdout + after.Stderr);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Cli_script_with_create_config_bucket_run_twice_creates_the_bucket_once_with_aws_configs_policy_and_the_audit_passes()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true);
        using var _ = session;
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string[] aws = ["--endpoint-url", moto.RulesEndpoint.ToString(), "--regions", "us-east-1"];
        var bucket = $"config-bucket-{account}-us-east-1";

        var export = PlanCliMoto.Run(keys, dir, ["export", "cli", "--controls", "config-records-cloudtrail", "--fix-config-recorder", "--create-config-bucket", "--out", "fix.sh", .. aws]);
        Assert.True(export.ExitCode == 0, export.Stdout + export.Stderr);
        Assert.Contains("aws s3api create-bucket", await File.ReadAllTextAsync(Path.Combine(dir, "fix.sh")), StringComparison.Ordinal);

        await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"), moto.RulesEndpoint);
        await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"), moto.RulesEndpoint);

        Assert.Equal(2, moto.Rules.Calls(account).Count(c => c.Operation == "CreateBucket")); // the trail's bucket, then ours once
        var policy = await session.S3("us-east-1").GetBucketPolicyAsync(bucket);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(TrailAlarm.Remediation.ConfigBucketRules.Policy("aws", bucket, account)), System.Text.Json.Nodes.JsonNode.Parse(policy!)), policy);
        var audit = PlanCliMoto.Run(keys, dir, ["audit", "--controls", "config-records-cloudtrail", .. aws]);
        Assert.True(audit.ExitCode == 0, audit.Stdout + audit.Stderr);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Cli_script_run_twice_succeeds_both_times_creates_nothing_twice_and_the_audit_passes()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true, withLogs: false);
        using var _ = session;
        await session.S3("us-east-1").CreateBucketAsync($"config-{account}");
        await session.S3("us-east-1").PutBucketPolicyAsync($"config-{account}", TrailAlarm.Remediation.ConfigBucketRules.Policy("aws", $"config-{account}", account));
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string[] aws = ["--endpoint-url", moto.RulesEndpoint.ToString(), "--regions", "us-east-1"];
        const string controls = "cloudtrail-changes-monitored,config-changes-monitored,config-records-cloudtrail";
        string[] audit = ["audit", "--controls", controls, .. aws];

        var export = PlanCliMoto.Run(keys, dir, ["export", "cli", "--controls", controls, "--integrate-trail", "--fix-config-recorder", "--config-bucket", $"config-{account}",
            "--subscribe", "email:secops@example.com", "--out", "fix.sh", .. aws]);
        Assert.True(export.ExitCode == 0, export.Stderr);
        var script = await File.ReadAllTextAsync(Path.Combine(dir, "fix.sh"));
        Assert.Contains("aws logs create-log-group", script, StringComparison.Ordinal);
        Assert.Contains("aws iam create-role", script, StringComparison.Ordinal);

        await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"), moto.RulesEndpoint);
        await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"), moto.RulesEndpoint);
        moto.Rules.Subscriptions.ConfirmAll(account); // the recipient clicks the link in the email

        var after = PlanCliMoto.Run(keys, dir, audit);
        Assert.True(after.ExitCode == 0, after.Stdout + after.Stderr);
        var sns = session.Sns("us-east-1");
        var topic = Assert.Single((await sns.ListTopicsAsync()).Topics);
        Assert.Single((await sns.ListSubscriptionsByTopicAsync(topic.TopicArn)).Subscriptions);
        Assert.Single(await session.Logs("us-east-1").DescribeAllLogGroupsAsync());
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Cli_script_that_fixes_an_alarm_keeps_its_ok_actions_and_description()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto);
        using var _ = session;
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var control = TrailAlarm.Catalogue.ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!;
        await session.Logs("us-east-1").PutMetricFilterAsync(new TrailAlarm.Aws.Logs.PutMetricFilterRequest
        {
            LogGroupName = "trail-logs", FilterName = "ct", FilterPattern = control.ReferencePattern!,
            MetricTransformations = [new TrailAlarm.Aws.Logs.MetricTransformation { MetricName = "CtChanges", MetricNamespace = "CISBenchmark", MetricValue = "1" }],
        });
        var oncall = $"arn:aws:sns:us-east-1:{account}:oncall";
        var cloudWatch = session.CloudWatch("us-east-1");
        await cloudWatch.PutMetricAlarmAsync(new TrailAlarm.Aws.CloudWatch.PutMetricAlarmRequest
        {
            AlarmName = "ct-alarm", MetricName = "CtChanges", Namespace = "CISBenchmark", Statistic = "Sum", Period = 300, EvaluationPeriods = 1, Threshold = 1,
            ComparisonOperator = "GreaterThanOrEqualToThreshold", ActionsEnabled = false, OkActions = [oncall], AlarmDescription = "runbook SEC-12",
        });
        string[] aws = ["--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1"];

        var export = PlanCliMoto.Run(keys, dir, ["export", "cli", "--controls", control.Id, "--subscribe", "email:secops@example.com", "--out", "fix.sh", .. aws]);
        Assert.True(export.ExitCode == 0, export.Stderr);
        await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"));

        var alarm = Assert.Single(await cloudWatch.DescribeAllMetricAlarmsAsync());
        Assert.True(alarm.ActionsEnabled);
        Assert.Equal([oncall], alarm.OkActions);
        Assert.Equal("runbook SEC-12", alarm.AlarmDescription);
        Assert.NotEmpty(alarm.AlarmActions!);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Cli_script_waits_for_a_new_role_cloudtrail_refuses_until_iam_has_propagated_it()
    {
        var (account, keys, session) = await PlanCliMoto.TrailOnlyAccountAsync(moto, awsRules: true, withLogs: false);
        using var _ = session;
        moto.Rules.ForAccount(account).RolePropagationDelay = TimeSpan.FromSeconds(8);
        var dir = Path.Combine(Path.GetTempPath(), "trailalarm-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string[] aws = ["--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1"];
        const string control = "cloudtrail-changes-monitored";

        var export = PlanCliMoto.Run(keys, dir, ["export", "cli", "--controls", control, "--integrate-trail", "--subscribe", "email:secops@example.com", "--out", "fix.sh", .. aws]);
        Assert.True(export.ExitCode == 0, export.Stderr);
        var stderr = await RunScriptAsync(keys, Path.Combine(dir, "fix.sh"), moto.RulesEndpoint);

        Assert.Contains("(IAM propagation); retrying in 5 s", stderr, StringComparison.Ordinal);
        var after = PlanCliMoto.Run(keys, dir, ["audit", "--controls", control, .. aws]);
        Assert.True(after.ExitCode == 0, after.Stdout + after.Stderr);
        Directory.Delete(dir, recursive: true);
    }

    /// <returns>what the script wrote on stderr.</returns>
    private async Task<string> RunScriptAsync(AwsKeys keys, string script, Uri? endpoint = null)
    {
        var start = new ProcessStartInfo("bash", script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["AWS_ACCESS_KEY_ID"] = keys.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = keys.SecretAccessKey;
        start.Environment["AWS_SESSION_TOKEN"] = keys.SessionToken ?? "";
        start.Environment["AWS_ENDPOINT_URL"] = (endpoint ?? moto.Endpoint).ToString();
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment.Remove("AWS_PROFILE");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Contains("change(s) applied", await stdout, StringComparison.Ordinal);
        return await stderr;
    }

    [Fact]
    public void Export_of_a_saved_plan_needs_no_aws()
    {
        var path = Path.GetTempFileName();
        TrailAlarm.Remediation.PlanFile.Save(path, new TrailAlarm.Remediation.Plan
        {
            Account = "111122223333",
            Changes =
            [
                new TrailAlarm.Remediation.Change
                {
                    Action = TrailAlarm.Remediation.ChangeAction.Create, Address = "aws_sns_topic.t", Kind = TrailAlarm.Remediation.ResourceKinds.Topic, Region = "us-east-1",
                    After = new Dictionary<string, string> { ["region"] = "us-east-1", ["name"] = "t", ["arn"] = "arn:aws:sns:us-east-1:111122223333:t" },
                    Because = ["cloudtrail-changes-monitored"],
                },
            ],
        });

        var run = CliRunner.Run("export", "terraform", "--plan", path);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("resource \"aws_sns_topic\" \"t\"", run.Stdout, StringComparison.Ordinal);
        File.Delete(path);
    }
}
