using System.Text.Json.Nodes;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Export;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>Kinds in plan files, and what each export renders for updates of things it does not own.</summary>
public sealed class ResourceKindTests
{
    private const string OwnerOnly = """{"Version":"2012-10-17","Statement":[{"Sid":"owner","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sns:Publish","Resource":"*"}]}""";

    /// <summary>An existing alarm on a topic whose policy shuts CloudWatch out, and a filter of the CIS name with the wrong pattern.</summary>
    private static Plan UpdatesPlan() => Planner.Default().Plan(
        Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("CloudTrailChangeCount", "{ $.eventName = CreateTrail }", "CloudTrailChangeCount")],
            Alarms = [Accounts.Alarm("ct-alarm", "CloudTrailChangeCount", actionsEnabled: false, Accounts.TopicArn)],
            Topics = [Accounts.Topic(policy: OwnerOnly)],
        },
        new FixSettings { Controls = ["cloudtrail-changes-monitored"] },
        DateTimeOffset.UnixEpoch);

    private static string Saved(Plan plan)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        PlanFile.Save(path, plan);
        return path;
    }

    [Fact]
    public void Every_kind_has_one_unique_id_and_is_found_by_it()
    {
        Assert.Equal(ResourceKinds.All.Count, ResourceKinds.All.Select(k => k.Id).Distinct().Count());
        Assert.All(ResourceKinds.All, k => Assert.Same(k, ResourceKinds.Find(k.Id)));
        Assert.Null(ResourceKinds.Find("s3-bucket"));
    }

    [Fact]
    public void Plan_files_keep_the_action_and_kind_strings_of_the_v1_schema()
    {
        var path = Saved(UpdatesPlan());
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var actions = json["changes"]!.AsArray().Select(c => (string)c!["action"]!).ToList();
        var kinds = json["changes"]!.AsArray().Select(c => (string)c!["kind"]!).ToList();

        Assert.Contains("update", actions);
        Assert.Contains("logs-metric-filter", kinds);
        Assert.Contains("sns-topic-policy", kinds);
        Assert.Equal(UpdatesPlan().Changes.Select(c => (c.Kind, c.Action)), PlanFile.Load(path).Changes.Select(c => (c.Kind, c.Action)));
        File.Delete(path);
    }

    [Fact]
    public void Unknown_kind_in_a_plan_file_is_a_one_line_file_error()
    {
        var path = Saved(UpdatesPlan());
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"logs-metric-filter\"", "\"s3-bucket\"", StringComparison.Ordinal));

        var error = Assert.Throws<RemediationFileException>(() => PlanFile.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("kind 's3-bucket' is not one of", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Cli_export_updates_a_filter_in_place_without_deleting_it_first()
    {
        var plan = UpdatesPlan();
        Assert.Contains(plan.Changes, c => c.Kind == ResourceKinds.MetricFilter && c.Action == ChangeAction.Update);

        var script = CliScriptExporter.Render(plan);

        Assert.DoesNotContain("delete-metric-filter", script, StringComparison.Ordinal);
        Assert.Contains("put-metric-filter", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_export_sends_a_filter_definition_complete_with_its_optional_parts()
    {
        var plan = UpdatesPlan();
        var filter = plan.Changes.Single(c => c.Kind == ResourceKinds.MetricFilter);
        var after = new Dictionary<string, string>(filter.After!) { [Attr.DefaultValue] = "0", [Attr.Unit] = "Count", [Attr.Dimensions] = """{"User":"$.userIdentity.arn"}""" };
        plan = plan with { Changes = [filter with { After = after }] };

        var script = CliScriptExporter.Render(plan);

        Assert.Contains("\"defaultValue\":0", script, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"Count\"", script, StringComparison.Ordinal);
        Assert.Contains("\"dimensions\":{\"User\":\"$.userIdentity.arn\"}", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Cloudformation_never_owns_the_policy_of_a_topic_it_does_not_create()
    {
        var plan = UpdatesPlan();
        Assert.Contains(plan.Changes, c => c.Kind == ResourceKinds.TopicPolicy);

        var template = JsonNode.Parse(CloudFormationExporter.Render(plan))!;

        Assert.DoesNotContain(template["Resources"]!.AsObject(), r => (string?)r.Value!["Type"] == "AWS::SNS::TopicPolicy");
        var skipped = template["Metadata"]!["TrailAlarm"]!["notInTemplate"]!.AsArray();
        Assert.Contains(skipped, s => ((string)s!["address"]!).StartsWith("aws_sns_topic_policy.", StringComparison.Ordinal));
        Assert.Contains(CloudFormationExporter.NotInTemplate(plan), line => line.Contains("does not create", StringComparison.Ordinal));
    }

    [Fact]
    public void Terraform_export_leaves_the_policy_of_an_existing_topic_to_apply()
    {
        var tf = TerraformExporter.Render(UpdatesPlan());

        Assert.DoesNotContain("resource \"aws_sns_topic_policy\"", tf, StringComparison.Ordinal);
        Assert.Contains("# aws_sns_topic_policy.", tf, StringComparison.Ordinal);
    }
}
