using System.Text.Json.Nodes;
using TrailAlarm.Remediation;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>A plan file is applied only as plan wrote it: every hand edit is refused with the file and the first problem.</summary>
public sealed class PlanFileTrustTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"trailalarm-plan-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    /// <summary>Filter, alarm, topic, policy and subscription for the CloudTrail control; the role and trail with --integrate-trail.</summary>
    private static Plan SamplePlan(bool integrate = false) => Planner.Default().Plan(Accounts.TrailOnly(withLogs: !integrate),
        new FixSettings { Subscribers = [Subscriber.Parse("email:sec@example.com")], Controls = ["cloudtrail-changes-monitored"], IntegrateTrail = integrate },
        new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Saves the sample plan, applies <paramref name="edit"/> to its JSON and returns why loading it fails.</summary>
    private string Refusal(Action<JsonObject> edit, bool integrate = false)
    {
        PlanFile.Save(path, SamplePlan(integrate));
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
        var e = Assert.Throws<RemediationFileException>(() => PlanFile.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        return e.Message;
    }

    private static JsonObject Change(JsonObject plan, string kind)
        => plan["changes"]!.AsArray().Select(c => c!.AsObject()).First(c => (string?)c["kind"] == kind);

    private static JsonObject After(JsonObject plan, string kind) => Change(plan, kind)["after"]!.AsObject();

    [Fact]
    public void Plan_as_written_loads()
    {
        PlanFile.Save(path, SamplePlan(integrate: true));

        Assert.Equal(SamplePlan(integrate: true).Changes.Count, PlanFile.Load(path).Changes.Count);
    }

    [Fact]
    public void Edited_threshold_is_refused_naming_the_attribute()
        => Assert.Contains("after.threshold is '5'", Refusal(p => After(p, ResourceKinds.Alarm.Id)["threshold"] = "5"), StringComparison.Ordinal);

    [Theory]
    [InlineData("period", "60")]
    [InlineData("evaluationPeriods", "3")]
    [InlineData("statistic", "Average")]
    [InlineData("actionsEnabled", "false")]
    [InlineData("dimensions", "{\"a\":\"b\"}")]
    public void Any_alarm_setting_other_than_the_cis_value_is_refused(string attribute, string value)
        => Assert.Contains($"after.{attribute} is", Refusal(p => After(p, ResourceKinds.Alarm.Id)[attribute] = value), StringComparison.Ordinal);

    [Fact]
    public void Pattern_that_does_not_parse_is_refused()
        => Assert.Contains("does not parse", Refusal(p => After(p, ResourceKinds.MetricFilter.Id)["filterPattern"] = "{ $.eventName = "), StringComparison.Ordinal);

    [Fact]
    public void Pattern_that_no_longer_covers_its_control_is_refused()
        => Assert.Contains("does not cover cloudtrail-changes-monitored", Refusal(p => After(p, ResourceKinds.MetricFilter.Id)["filterPattern"] = "{ $.eventName = CreateTrail }"), StringComparison.Ordinal);

    [Fact]
    public void Unknown_field_is_refused()
        => Assert.Contains("unknown field at $.changes[0].extra", Refusal(p => p["changes"]![0]!["extra"] = 1), StringComparison.Ordinal);

    [Fact]
    public void Unknown_attribute_is_refused()
        => Assert.Contains("unknown attribute 'alarmRule'", Refusal(p => After(p, ResourceKinds.Alarm.Id)["alarmRule"] = "x"), StringComparison.Ordinal);

    [Fact]
    public void Setting_plan_keeps_as_the_account_has_it_cannot_be_slipped_in()
        => Assert.Contains("after.okActions differs from before", Refusal(p => After(p, ResourceKinds.Alarm.Id)["okActions"] = "arn:aws:sns:us-east-1:111122223333:x"), StringComparison.Ordinal);

    [Fact]
    public void Unknown_kind_is_refused_in_one_line()
    {
        var message = Refusal(p => p["changes"]![0]!["kind"] = "ec2-instance");

        Assert.Contains("kind 'ec2-instance' is not one of", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_is_refused_because_plan_never_writes_one()
        => Assert.Contains("action 'delete'", Refusal(p => p["changes"]![0]!["action"] = "delete"), StringComparison.Ordinal);

    [Fact]
    public void Subscription_endpoint_that_subscribe_would_refuse_is_refused()
        => Assert.Contains("not an email address", Refusal(p => After(p, ResourceKinds.Subscription.Id)["endpoint"] = "attacker"), StringComparison.Ordinal);

    [Fact]
    public void Subscription_endpoint_changed_to_another_valid_address_is_caught_by_the_digest()
    {
        var message = Refusal(p => After(p, ResourceKinds.Subscription.Id)["endpoint"] = "attacker@example.net");

        Assert.Contains("was changed after 'trailalarm plan' wrote it", message, StringComparison.Ordinal);
        Assert.Contains("aws_sns_topic_subscription.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarm_action_to_another_accounts_topic_is_refused()
        => Assert.Contains("adds 'arn:aws:sns:us-east-1:999999999999:x'",
            Refusal(p => After(p, ResourceKinds.Alarm.Id)["alarmActions"] = "arn:aws:sns:us-east-1:111122223333:trailalarm-alarms,arn:aws:sns:us-east-1:999999999999:x"), StringComparison.Ordinal);

    [Fact]
    public void Topic_policy_with_anything_but_the_merged_statement_is_refused()
        => Assert.Contains("after.policy is not the before policy",
            Refusal(p => After(p, ResourceKinds.TopicPolicy.Id)["policy"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sns:*","Resource":"*"}]}"""), StringComparison.Ordinal);

    [Fact]
    public void Delivery_role_that_trusts_another_principal_is_refused()
        => Assert.Contains("after.assumeRolePolicy is",
            Refusal(p => After(p, ResourceKinds.DeliveryRole.Id)["assumeRolePolicy"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""", integrate: true), StringComparison.Ordinal);

    [Fact]
    public void Removed_change_is_named_by_the_digest()
        => Assert.Contains("has 4 changes; plan wrote 5", Refusal(p => p["changes"]!.AsArray().RemoveAt(4)), StringComparison.Ordinal);

    [Fact]
    public void Edited_note_is_caught_by_the_digest()
        => Assert.Contains("notes", Refusal(p => p["notes"]!.AsArray().Add("apply me")), StringComparison.Ordinal);

    [Fact]
    public void Plan_without_a_digest_is_refused()
        => Assert.Contains("has no digest", Refusal(p => p.Remove("digest")), StringComparison.Ordinal);

    [Fact]
    public void Account_that_is_not_an_account_id_is_refused()
        => Assert.Contains("account 'me'", Refusal(p => p["account"] = "me"), StringComparison.Ordinal);
}
