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
        new FixSettings { Subscribers = [Subscriber.Parse("email:sec@example.com")], IntegrateTrail = true, FixConfigRecorder = true, ConfigBucket = "config-bucket" },
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
        File.WriteAllText(path, CloudFormationExporter.Render(FullPlan()));

        var (code, output) = Run("cfn-lint", $"--regions us-east-1 -- {path}");

        Assert.True((code & 2) == 0, $"cfn-lint reported errors (exit {code}):\n{output}");
        File.Delete(path);
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
    public void Terraform_imports_an_existing_alarm_it_updates()
    {
        var tf = TerraformExporter.Render(UpdatePlan());

        Assert.Contains("import {\n  to = aws_cloudwatch_metric_alarm.cloudtrail_changes_monitored\n  id = \"ct-alarm\"\n}", tf, StringComparison.Ordinal);
        Assert.Equal(0, Run("terraform", "fmt -no-color -", tf).Code);
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
