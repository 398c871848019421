using TrailAlarm.Catalogue;
using System.Diagnostics;
using System.Text.Json;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Export;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>The three exports render the planner's changes; the template is checked by cfn-lint, the .tf by terraform's parser.</summary>
public sealed class ExportTests
{
    /// <summary>Every kind of change at once: integrate a trail, a new topic with a subscriber, a recorder to create.</summary>
    private static Plan FullPlan() => Planner.Default().Plan(
        Accounts.TrailOnly(withLogs: false),
        new FixSettings
        {
            Subscribers = [Subscriber.Parse("email:sec@example.com")], IntegrateTrail = true, LogKmsKey = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            FixConfigRecorder = true, ConfigBucket = "config-bucket",
        },
        new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A first recorder whose delivery channel goes to a bucket --create-config-bucket creates.</summary>
    private static Plan BucketPlan() => Planner.Default().Plan(
        Accounts.TrailOnly() with
        {
            ConfigPrerequisites = new ConfigPrerequisites { ServiceLinkedRoleExists = true, Bucket = new ConfigBucket { Name = "config-bucket-new", Exists = false } },
        },
        new FixSettings { Controls = ["config-records-cloudtrail"], FixConfigRecorder = true, ConfigBucket = "config-bucket-new", CreateConfigBucket = true },
        new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    /// <summary>An existing alarm with actions disabled: an update, which a template cannot make.</summary>
    private static Plan UpdatePlan() => Planner.Default().Plan(
        Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: false, Accounts.TopicArn)],
            Topics = [Accounts.Topic()],
        },
        new FixSettings { Controls = ["cloudtrail-changes-monitored"] },
        DateTimeOffset.UnixEpoch);

    private static (int Code, string Output) Run(string file, string arguments, string? stdin = null)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null, UseShellExecute = false };
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void CloudFormation_template_passes_cfn_lint_without_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trailalarm-{Guid.NewGuid():N}.json");
        var bucketPath = path.Replace(".json", "-bucket.json", StringComparison.Ordinal);
        File.WriteAllText(path, CloudFormationExporter.Render(FullPlan()));
        File.WriteAllText(bucketPath, CloudFormationExporter.Render(BucketPlan()));

        var (code, output) = Run("cfn-lint", $"--regions us-east-1 -- {path} {bucketPath}");

        Assert.True((code & 2) == 0, $"cfn-lint reported errors (exit {code}):\n{output}");
        File.Delete(path);
        File.Delete(bucketPath);
    }

    [Fact]
    public void CloudFormation_template_holds_each_created_resource_and_references_the_new_topic()
    {
        var plan = FullPlan();
        using var template = JsonDocument.Parse(CloudFormationExporter.Render(plan));
        var resources = template.RootElement.GetProperty("Resources").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

        var types = resources.Values.Select(r => r.GetProperty("Type").GetString()).ToList();
        var metricControls = ControlCatalogue.Default.Controls.Count(c => c.Kind == ControlKinds.MetricFilterAlarm);
        Assert.Equal(metricControls, types.Count(t => t == "AWS::CloudWatch::Alarm"));
        Assert.Equal(metricControls, types.Count(t => t == "AWS::Logs::MetricFilter"));
        Assert.Equal(1, types.Count(t => t == "AWS::SNS::Topic"));
        Assert.Contains("AWS::SNS::Subscription", types);
        Assert.Contains("AWS::Logs::LogGroup", types);
        Assert.Contains("AWS::IAM::Role", types);
        var alarm = resources.Values.First(r => r.GetProperty("Type").GetString() == "AWS::CloudWatch::Alarm").GetProperty("Properties");
        var topicId = resources.First(kv => kv.Value.GetProperty("Type").GetString() == "AWS::SNS::Topic").Key;
        Assert.Equal(topicId, alarm.GetProperty("AlarmActions")[0].GetProperty("Ref").GetString());
        Assert.Equal("notBreaching", alarm.GetProperty("TreatMissingData").GetString());
        var skipped = template.RootElement.GetProperty("Metadata").GetProperty("TrailAlarm").GetProperty("notInTemplate");
        Assert.Contains(skipped.EnumerateArray(), s => s.GetProperty("address").GetString()!.StartsWith("aws_cloudtrail.", StringComparison.Ordinal));
    }

    [Fact]
    public void CloudFormation_lists_an_update_of_an_existing_alarm_instead_of_creating_a_duplicate()
    {
        using var template = JsonDocument.Parse(CloudFormationExporter.Render(UpdatePlan()));

        var skipped = template.RootElement.GetProperty("Metadata").GetProperty("TrailAlarm").GetProperty("notInTemplate");
        Assert.Equal("update", Assert.Single(skipped.EnumerateArray()).GetProperty("action").GetString());
        Assert.DoesNotContain(template.RootElement.GetProperty("Resources").EnumerateObject(), r => r.Value.GetProperty("Type").GetString() == "AWS::CloudWatch::Alarm");
    }

    [Fact]
    public void Terraform_file_parses_and_uses_the_aws_providers_resources()
    {
        var tf = TerraformExporter.Render(FullPlan());

        var (code, output) = Run("terraform", "fmt -no-color -", tf);

        Assert.True(code == 0, $"terraform could not parse the file:\n{output}");
        Assert.Contains("resource \"aws_cloudwatch_metric_alarm\"", tf, StringComparison.Ordinal);
        Assert.Contains("resource \"aws_cloudwatch_log_metric_filter\"", tf, StringComparison.Ordinal);
        Assert.Contains("alarm_actions       = [aws_sns_topic.", tf, StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_files_are_terraform_fmt_clean()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"trailalarm-fmt-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "full.tf"), TerraformExporter.Render(FullPlan()));
        File.WriteAllText(Path.Combine(dir, "update.tf"), TerraformExporter.Render(UpdatePlan()));
        File.WriteAllText(Path.Combine(dir, "bucket.tf"), TerraformExporter.Render(BucketPlan()));

        var (code, output) = Run("terraform", $"-chdir={dir} fmt -check -diff -no-color");

        Assert.True(code == 0, $"terraform fmt would change the files:\n{output}");
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>terraform fmt's verdict on the text: null when it would change nothing, else its output.</summary>
    internal static string? FmtComplaint(string tf)
    {
        var (code, output) = Run("terraform", "fmt -check -no-color -", tf);
        return code == 0 ? null : $"terraform fmt -check exited {code}:\n{output}";
    }

    [Fact]
    public void Hcl_bodies_with_maps_nested_blocks_and_gaps_are_laid_out_as_terraform_fmt_does()
    {
        var body = new HclBody().Set("a", "1").Set("longer_name", "\"x\"")
            .SetMap("dimensions", new HclBody().Set("\"k\"", "\"v\"").Set("\"longer\"", "\"w\""))
            .Set("b", "2").Block("nested", new HclBody().Set("n", "1").Set("nnn", "2")).Blank().Set("depends_on", "[a.b]");
        var text = new System.Text.StringBuilder("resource \"t\" \"l\" {\n");
        body.WriteTo(text, 1);
        text.Append("}\n");

        Assert.Null(FmtComplaint(text.ToString()));
        Assert.Contains("  a           = 1\n  longer_name = \"x\"\n  dimensions = {\n    \"k\"      = \"v\"", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_references_what_the_file_creates_and_orders_the_rest_with_depends_on()
    {
        var tf = TerraformExporter.Render(FullPlan());

        Assert.Contains("aws = { source = \"hashicorp/aws\", version = \"~> 5.0\" }", tf, StringComparison.Ordinal);
        Assert.Contains("log_group_name = aws_cloudwatch_log_group.trailalarm_cloudtrail_main.name", tf, StringComparison.Ordinal);
        Assert.DoesNotContain("log_group_name = \"", tf, StringComparison.Ordinal);
        Assert.Contains("topic_arn = aws_sns_topic.trailalarm_alarms.arn", tf, StringComparison.Ordinal);
        Assert.Contains("arn    = aws_sns_topic.trailalarm_alarms.arn", tf, StringComparison.Ordinal);
        Assert.Contains("depends_on = [aws_cloudwatch_log_metric_filter.cloudtrail_changes_monitored]", Block(tf, "aws_cloudwatch_metric_alarm", "cloudtrail_changes_monitored"), StringComparison.Ordinal);
        Assert.Contains("depends_on = [aws_config_configuration_recorder.us_east_1_default]", Block(tf, "aws_config_delivery_channel", "us_east_1_default"), StringComparison.Ordinal);
        var status = Block(tf, "aws_config_configuration_recorder_status", "us_east_1_default");
        Assert.Contains("name       = aws_config_configuration_recorder.us_east_1_default.name", status, StringComparison.Ordinal);
        Assert.Contains("depends_on = [aws_config_delivery_channel.us_east_1_default]", status, StringComparison.Ordinal);
        Assert.Contains("aws_service_name = \"config.amazonaws.com\"", Block(tf, "aws_iam_service_linked_role", "config"), StringComparison.Ordinal);
        Assert.Contains("role_arn = aws_iam_service_linked_role.config.arn", Block(tf, "aws_config_configuration_recorder", "us_east_1_default"), StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_names_a_log_group_it_does_not_create_literally()
    {
        var plan = Planner.Default().Plan(Accounts.TrailOnly(),
            new FixSettings { Controls = ["cloudtrail-changes-monitored"], Subscribers = [Subscriber.Parse("email:sec@example.com")] }, DateTimeOffset.UnixEpoch);

        var tf = TerraformExporter.Render(plan);

        Assert.Contains($"log_group_name = \"{Accounts.LogGroup}\"", tf, StringComparison.Ordinal);
    }

    private static string Block(string tf, string type, string label)
    {
        var start = tf.IndexOf($"resource \"{type}\" \"{label}\" {{", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {type}.{label} in\n{tf}");
        return tf[start..tf.IndexOf("\n}\n", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void CloudFormation_refs_the_log_group_it_creates_and_orders_alarms_and_the_delivery_channel()
    {
        using var template = JsonDocument.Parse(CloudFormationExporter.Render(FullPlan()));
        var resources = template.RootElement.GetProperty("Resources");

        var filter = resources.GetProperty("CloudwatchLogMetricFilterCloudtrailChangesMonitored");
        Assert.Equal("CloudwatchLogGroupTrailalarmCloudtrailMain", filter.GetProperty("Properties").GetProperty("LogGroupName").GetProperty("Ref").GetString());
        var alarm = resources.GetProperty("CloudwatchMetricAlarmCloudtrailChangesMonitored");
        Assert.Equal(["CloudwatchLogMetricFilterCloudtrailChangesMonitored"], alarm.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()));
        var channel = resources.GetProperty("ConfigDeliveryChannelUsEast1Default");
        Assert.Equal(["ConfigConfigurationRecorderUsEast1Default"], channel.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("config.amazonaws.com", resources.GetProperty("IamServiceLinkedRoleConfig").GetProperty("Properties").GetProperty("AWSServiceName").GetString());
        var recorder = resources.GetProperty("ConfigConfigurationRecorderUsEast1Default");
        Assert.Equal(["IamServiceLinkedRoleConfig"], recorder.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Terraform_creates_the_config_bucket_private_with_its_policy_before_the_delivery_channel()
    {
        var tf = TerraformExporter.Render(BucketPlan());

        Assert.Contains("bucket = \"config-bucket-new\"", Block(tf, "aws_s3_bucket", "config_bucket_new"), StringComparison.Ordinal);
        var block = Block(tf, "aws_s3_bucket_public_access_block", "config_bucket_new");
        Assert.Contains("bucket                  = aws_s3_bucket.config_bucket_new.id", block, StringComparison.Ordinal);
        foreach (var setting in new[] { "block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets" })
        {
            Assert.Matches($"{setting} +=  ?true", block);
        }

        var policy = Block(tf, "aws_s3_bucket_policy", "config_bucket_new");
        Assert.Contains("bucket = aws_s3_bucket.config_bucket_new.id", policy, StringComparison.Ordinal);
        Assert.Contains("AWSConfigBucketDelivery", policy, StringComparison.Ordinal);
        var channel = Block(tf, "aws_config_delivery_channel", "us_east_1_default");
        Assert.Contains("s3_bucket_name = aws_s3_bucket.config_bucket_new.id", channel, StringComparison.Ordinal);
        Assert.Contains("aws_s3_bucket_policy.config_bucket_new]", channel, StringComparison.Ordinal);
    }

    [Fact]
    public void CloudFormation_creates_the_config_bucket_retained_private_and_with_its_policy_before_the_delivery_channel()
    {
        using var template = JsonDocument.Parse(CloudFormationExporter.Render(BucketPlan()));
        var resources = template.RootElement.GetProperty("Resources");

        var bucket = resources.GetProperty("S3BucketConfigBucketNew");
        Assert.Equal("AWS::S3::Bucket", bucket.GetProperty("Type").GetString());
        Assert.Equal("Retain", bucket.GetProperty("DeletionPolicy").GetString());
        var block = bucket.GetProperty("Properties").GetProperty("PublicAccessBlockConfiguration");
        Assert.All(new[] { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets" }, s => Assert.True(block.GetProperty(s).GetBoolean()));
        var policy = resources.GetProperty("S3BucketConfigBucketNewPolicy");
        Assert.Equal("AWS::S3::BucketPolicy", policy.GetProperty("Type").GetString());
        Assert.Equal("Retain", policy.GetProperty("DeletionPolicy").GetString());
        Assert.Equal("S3BucketConfigBucketNew", policy.GetProperty("Properties").GetProperty("Bucket").GetProperty("Ref").GetString());
        var channel = resources.GetProperty("ConfigDeliveryChannelUsEast1Default");
        Assert.Equal("S3BucketConfigBucketNew", channel.GetProperty("Properties").GetProperty("S3BucketName").GetProperty("Ref").GetString());
        Assert.Contains("S3BucketConfigBucketNewPolicy", channel.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void CloudFormation_cuts_a_plan_spanning_regions_into_one_plan_a_region()
    {
        var plan = FullPlan();
        var moved = plan.Changes.Where(c => c.Kind == ResourceKinds.Recorder || c.Kind == ResourceKinds.DeliveryChannel).ToHashSet();
        var spanning = plan with { Changes = [.. plan.Changes.Select(c => moved.Contains(c) ? c with { Region = "eu-west-1" } : c)] };

        var parts = CloudFormationExporter.ByRegion(spanning);

        Assert.Equal(["us-east-1", "eu-west-1"], parts.Select(p => p.Region));
        Assert.All(parts, p => Assert.All(p.Plan.Changes, c => Assert.Equal(p.Region, c.Region)));
        Assert.Equal(spanning.Changes.Count, parts.Sum(p => p.Plan.Changes.Count));
        using var europe = JsonDocument.Parse(CloudFormationExporter.Render(parts[1].Plan));
        Assert.Contains("in eu-west-1", europe.RootElement.GetProperty("Description").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, europe.RootElement.GetProperty("Resources").EnumerateObject().Count());
    }

    [Fact]
    public void Terraform_imports_an_existing_alarm_it_updates()
    {
        var tf = TerraformExporter.Render(UpdatePlan());

        Assert.Contains("import {\n  to = aws_cloudwatch_metric_alarm.cloudtrail_changes_monitored\n  id = \"ct-alarm\"\n}", tf, StringComparison.Ordinal);
        Assert.Equal(0, Run("terraform", "fmt -no-color -", tf).Code);
    }

    [Fact]
    public void Cli_script_creates_the_log_group_and_role_only_when_missing_and_retries_the_trail_update()
    {
        var script = CliScriptExporter.Render(FullPlan());

        Assert.Contains("if ! aws logs describe-log-groups --region 'us-east-1' --log-group-name-prefix 'trailalarm/cloudtrail/main' --query 'logGroups[].logGroupName' --output text | tr '\\t' '\\n' | grep -qxF -- 'trailalarm/cloudtrail/main'; then\n  aws logs create-log-group", script, StringComparison.Ordinal);
        Assert.Contains("if ! aws iam get-role --role-name 'TrailAlarmCloudTrailLogs-main' >/dev/null 2>&1; then\n  aws iam create-role", script, StringComparison.Ordinal);
        Assert.Contains("[[ $error != *InvalidCloudWatchLogsRoleArnException* ]]", script, StringComparison.Ordinal);
        Assert.Contains("sleep 5", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_script_is_valid_bash_and_quotes_patterns_with_shell_characters()
    {
        var script = CliScriptExporter.Render(FullPlan());

        Assert.Equal(0, Run("bash", "-n", script).Code);
        Assert.Contains("--filter-pattern '{ ($.eventName = CreateTrail) ||", script, StringComparison.Ordinal);
        Assert.Contains("aws cloudtrail update-trail", script, StringComparison.Ordinal);
    }
}
