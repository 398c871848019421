using System.Text.Json;
using System.Text.Json.Nodes;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Export;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>What --integrate-trail creates carries what a reviewer asks for: retention, optional encryption, a trust policy for one trail.</summary>
public sealed class TrailIntegrationTests : IDisposable
{
    private const string Key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static readonly FixSettings Integrate = new() { Subscribers = [Subscriber.Parse("email:sec@example.com")], Controls = ["cloudtrail-changes-monitored"], IntegrateTrail = true };
    private readonly string path = Path.Combine(Path.GetTempPath(), $"trailalarm-plan-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    private static Plan PlanFor(FixSettings settings, AccountSnapshot? snapshot = null)
        => Planner.Default().Plan(snapshot ?? Accounts.TrailOnly(withLogs: false), settings, new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    private static Change Of(Plan plan, ResourceKind kind) => Assert.Single(plan.Changes, c => c.Kind == kind);

    [Fact]
    public void Log_group_keeps_events_365_days_unless_told()
    {
        var group = Of(PlanFor(Integrate), ResourceKinds.LogGroup);

        Assert.Equal("365", group.After![Attr.RetentionInDays]);
        Assert.Equal("", group.After[Attr.KmsKeyId]);
    }

    [Theory]
    [InlineData(30, "30")]
    [InlineData(null, "")]
    public void Chosen_retention_is_planned_and_never_is_empty(int? days, string planned)
        => Assert.Equal(planned, Of(PlanFor(Integrate with { LogRetentionDays = days }), ResourceKinds.LogGroup).After![Attr.RetentionInDays]);

    [Fact]
    public void Trust_policy_admits_cloudtrail_without_source_conditions_cloudtrail_does_not_support_for_this_role()
    {
        var role = Of(PlanFor(Integrate), ResourceKinds.DeliveryRole);

        var statement = JsonNode.Parse(role.After![Attr.AssumeRolePolicy])!["Statement"]![0]!;
        Assert.Equal("cloudtrail.amazonaws.com", (string?)statement["Principal"]!["Service"]);
        Assert.Equal("sts:AssumeRole", (string?)statement["Action"]);
        Assert.Null(statement["Condition"]);
    }

    [Fact]
    public void Role_may_write_only_cloudtrails_streams_of_the_new_log_group()
    {
        var plan = PlanFor(Integrate);

        var resource = (string?)JsonNode.Parse(Of(plan, ResourceKinds.DeliveryRole).After![Attr.RolePolicy])!["Statement"]![0]!["Resource"];
        Assert.Equal($"arn:aws:logs:us-east-1:{Accounts.Id}:log-group:{Of(plan, ResourceKinds.LogGroup).After![Attr.LogGroupName]}:log-stream:*", resource);
    }

    [Fact]
    public void Key_whose_policy_the_plan_cannot_read_is_used_with_a_note_on_what_its_policy_needs()
    {
        var plan = PlanFor(Integrate with { LogKmsKey = Key });

        Assert.Equal(Key, Of(plan, ResourceKinds.LogGroup).After![Attr.KmsKeyId]);
        Assert.Contains(plan.Notes, n => n.Contains("logs.us-east-1.amazonaws.com", StringComparison.Ordinal) && n.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Key_whose_policy_keeps_cloudwatch_logs_out_leaves_the_control_unplanned()
    {
        const string policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";
        var snapshot = Accounts.TrailOnly(withLogs: false) with { KmsKeys = [new KmsKey { KeyId = Key, Arn = Key, Region = Accounts.Region, Policy = policy }] };

        var plan = PlanFor(Integrate with { LogKmsKey = Key }, snapshot);

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.LogGroup);
        var unplanned = Assert.Single(plan.Unplanned);
        Assert.Contains("does not let logs.us-east-1.amazonaws.com use", unplanned.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_whose_policy_allows_cloudwatch_logs_needs_no_note()
    {
        const string policy = """{"Statement":[{"Effect":"Allow","Principal":{"Service":"logs.us-east-1.amazonaws.com"},"Action":["kms:Encrypt*","kms:Decrypt*","kms:ReEncrypt*","kms:GenerateDataKey*","kms:Describe*"],"Resource":"*"}]}""";
        var snapshot = Accounts.TrailOnly(withLogs: false) with { KmsKeys = [new KmsKey { KeyId = Key, Arn = Key, Region = Accounts.Region, Policy = policy }] };

        var plan = PlanFor(Integrate with { LogKmsKey = Key }, snapshot);

        Assert.Equal(Key, Of(plan, ResourceKinds.LogGroup).After![Attr.KmsKeyId]);
        Assert.DoesNotContain(plan.Notes, n => n.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Key_of_another_region_leaves_the_control_unplanned()
    {
        var plan = PlanFor(Integrate with { LogKmsKey = Key.Replace("us-east-1", "eu-west-1", StringComparison.Ordinal) });

        Assert.Contains("is not in us-east-1", Assert.Single(plan.Unplanned).Reason, StringComparison.Ordinal);
        Assert.Empty(plan.Changes);
    }

    [Theory]
    [InlineData(Attr.RetentionInDays, "42", "is not a retention CloudWatch Logs accepts")]
    [InlineData(Attr.KmsKeyId, "arn:aws:kms:eu-west-1:111122223333:key/abc", "is not a KMS key ARN in us-east-1")]
    public void Edited_log_group_setting_is_refused(string attribute, string value, string expected)
        => Assert.Contains(expected, Refusal(p => After(p, ResourceKinds.LogGroup.Id)[attribute] = value), StringComparison.Ordinal);

    [Fact]
    public void Trust_policy_other_than_cloudtrails_is_refused()
        => Assert.Contains($"after.{Attr.AssumeRolePolicy} is", Refusal(p => After(p, ResourceKinds.DeliveryRole.Id)[Attr.AssumeRolePolicy] =
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole"}]}"""), StringComparison.Ordinal);

    [Fact]
    public void Plan_with_key_and_retention_loads_as_written()
    {
        var plan = PlanFor(Integrate with { LogKmsKey = Key, LogRetentionDays = 3653 });
        PlanFile.Save(path, plan);

        Assert.Equal("3653", Of(PlanFile.Load(path), ResourceKinds.LogGroup).After![Attr.RetentionInDays]);
    }

    [Fact]
    public void Exports_carry_retention_and_key()
    {
        var plan = PlanFor(Integrate with { LogKmsKey = Key, LogRetentionDays = 90 });

        var template = JsonNode.Parse(CloudFormationExporter.Render(plan))!["Resources"]!.AsObject();
        var group = template.Select(r => r.Value!).Single(r => (string?)r["Type"] == "AWS::Logs::LogGroup")["Properties"]!;
        Assert.Equal((90, Key), ((int)group["RetentionInDays"]!, (string?)group["KmsKeyId"]));
        var tf = TerraformExporter.Render(plan);
        Assert.Contains("retention_in_days = 90", tf, StringComparison.Ordinal);
        Assert.Contains($"kms_key_id        = \"{Key}\"", tf, StringComparison.Ordinal);
        var sh = CliScriptExporter.Render(plan);
        Assert.Contains($"--kms-key-id '{Key}'", sh, StringComparison.Ordinal);
        Assert.Contains("aws logs put-retention-policy --region 'us-east-1' --log-group-name 'trailalarm/cloudtrail/main' --retention-in-days 90", sh, StringComparison.Ordinal);
    }

    [Fact]
    public void Exports_of_a_log_group_kept_forever_name_no_retention()
    {
        var plan = PlanFor(Integrate with { LogRetentionDays = null });

        Assert.DoesNotContain("RetentionInDays", CloudFormationExporter.Render(plan), StringComparison.Ordinal);
        Assert.DoesNotContain("retention_in_days", TerraformExporter.Render(plan), StringComparison.Ordinal);
        Assert.DoesNotContain("put-retention-policy", CliScriptExporter.Render(plan), StringComparison.Ordinal);
    }

    private string Refusal(Action<JsonObject> edit)
    {
        PlanFile.Save(path, PlanFor(Integrate));
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
        return Assert.Throws<RemediationFileException>(() => PlanFile.Load(path)).Message;
    }

    private static JsonObject After(JsonObject plan, string kind)
        => plan["changes"]!.AsArray().Select(c => c!.AsObject()).First(c => (string?)c["kind"] == kind)["after"]!.AsObject();
}
