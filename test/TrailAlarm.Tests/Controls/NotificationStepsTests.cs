using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

public class NotificationStepsTests
{
    [Fact]
    public void Alarm_without_actions_fails_at_alarm_action()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { AlarmActions = [] }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm-action").Status);
        Assert.Contains("no alarm actions", finding.Reason);
    }

    [Fact]
    public void Alarm_with_actions_disabled_fails_at_alarm_action()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { ActionsEnabled = false }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm-action").Status);
        Assert.Contains("ActionsEnabled=false", finding.Reason);
    }

    [Fact]
    public void Alarm_with_only_non_SNS_actions_fails()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { AlarmActions = ["arn:aws:automate:us-east-1:ec2:stop"] }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm-action").Status);
    }

    [Fact]
    public void Alarm_pointing_at_a_deleted_topic_fails_at_the_topic_step()
    {
        var finding = Audit(Compliant with { Topics = [] });
        Assert.Equal(Status.Fail, finding.StepNamed("topic").Status);
        Assert.Contains("does not exist", finding.Reason);
    }

    [Fact]
    public void Topic_without_subscribers_fails()
    {
        var finding = Audit(Compliant.WithTopic(t => t with { Subscriptions = [] }));
        Assert.Equal(Status.Fail, finding.StepNamed("subscriber").Status);
        Assert.Contains("no subscriptions", finding.Reason);
    }

    [Fact]
    public void Pending_confirmation_is_not_a_subscriber()
    {
        var finding = Audit(Load("pending-subscription"));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("pending confirmation", finding.StepNamed("subscriber").Detail);
    }

    [Fact]
    public void Subscriptions_that_could_not_be_listed_are_unknown()
    {
        var snapshot = Compliant.WithTopic(t => t with { Subscriptions = null }) with
        {
            Gaps = [new Gap("sns:ListSubscriptionsByTopic", "us-east-1", "AuthorizationError", "not authorized", "arn:aws:sns:us-east-1:111122223333:trail-alerts")],
        };
        var finding = Audit(snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("sns:ListSubscriptionsByTopic", finding.Reason);
    }

    [Fact]
    public void KMS_key_that_does_not_let_CloudWatch_in_fails_at_the_topic_key()
    {
        var finding = Audit(Load("kms-topic-without-cloudwatch"));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal(Status.Fail, finding.StepNamed("topic-key").Status);
        Assert.Contains("does not let cloudwatch.amazonaws.com use kms:Decrypt", finding.Reason);
    }

    [Fact]
    public void KMS_key_policy_that_lets_CloudWatch_in_passes_without_a_warning()
    {
        var snapshot = Load("kms-topic-without-cloudwatch");
        var finding = Audit(snapshot with { KmsKeys = [snapshot.KmsKeys[0] with { Policy = CloudWatchKeyPolicy }] });
        Assert.Equal(Status.Pass, finding.Status);
        Assert.Equal(Status.Pass, finding.StepNamed("topic-key").Status);
        Assert.DoesNotContain("warning", finding.Reason);
    }

    [Theory]
    [InlineData("kms:Decrypt")]
    [InlineData("kms:GenerateDataKey*")]
    public void A_key_policy_granting_only_one_of_the_two_actions_fails(string only)
    {
        var policy = $$"""{"Statement":[{"Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Action":"{{only}}","Resource":"*"}]}""";
        var snapshot = Load("kms-topic-without-cloudwatch");
        Assert.Equal(Status.Fail, Audit(snapshot with { KmsKeys = [snapshot.KmsKeys[0] with { Policy = policy }] }).StepNamed("topic-key").Status);
    }

    [Fact]
    public void A_key_policy_denying_CloudWatch_outright_fails_even_with_an_allow()
    {
        const string policy = """{"Statement":[{"Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"kms:Decrypt","Resource":"*"}]}""";
        var snapshot = Load("kms-topic-without-cloudwatch");
        Assert.Equal(Status.Fail, Audit(snapshot with { KmsKeys = [snapshot.KmsKeys[0] with { Policy = policy }] }).StepNamed("topic-key").Status);
    }

    [Fact]
    public void An_unreadable_key_policy_is_unknown_naming_the_call()
    {
        var snapshot = Load("kms-topic-without-cloudwatch");
        var key = snapshot.KmsKeys[0];
        var finding = Audit(snapshot with
        {
            KmsKeys = [key with { Policy = null }],
            Gaps = [new Gap("kms:GetKeyPolicy", key.Region, "AccessDeniedException", "not allowed", key.KeyId)],
        });
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Equal(Status.Unknown, finding.StepNamed("topic-key").Status);
        Assert.Contains("kms:GetKeyPolicy", finding.Reason);
        Assert.Contains("AccessDeniedException", finding.Reason);
    }

    [Fact]
    public void A_key_that_was_not_described_is_unknown_and_a_deleted_one_fails()
    {
        var snapshot = Load("kms-topic-without-cloudwatch");
        var key = snapshot.KmsKeys[0];
        var denied = Audit(snapshot with { KmsKeys = [], Gaps = [new Gap("kms:DescribeKey", key.Region, "AccessDeniedException", "no", key.KeyId)] });
        Assert.Equal(Status.Unknown, denied.Status);
        Assert.Contains("kms:DescribeKey", denied.Reason);

        var deleted = Audit(snapshot with { KmsKeys = [], Gaps = [new Gap("kms:DescribeKey", key.Region, "NotFoundException", "no such key", key.KeyId)] });
        Assert.Equal(Status.Fail, deleted.Status);
        Assert.Contains("does not exist", deleted.Reason);
    }

    [Fact]
    public void A_disabled_key_fails_whatever_its_policy()
    {
        var snapshot = Load("kms-topic-without-cloudwatch");
        var finding = Audit(snapshot with { KmsKeys = [snapshot.KmsKeys[0] with { Policy = CloudWatchKeyPolicy, KeyState = "Disabled" }] });
        Assert.Equal(Status.Fail, finding.StepNamed("topic-key").Status);
        Assert.Contains("Disabled", finding.Reason);
    }

    [Theory]
    [InlineData("alias/aws/sns")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:alias/aws/sns")]
    public void Topic_encrypted_with_the_AWS_managed_key_fails(string keyId)
    {
        var finding = Audit(Compliant.WithTopic(t => t with { KmsMasterKeyId = keyId }));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("AWS managed key", finding.StepNamed("topic-key").Detail);
    }

    [Fact]
    public void A_key_AWS_marks_as_managed_fails_even_when_named_by_its_id()
    {
        const string keyId = "0aa1bb2c-3333-4444-5555-666677778888";
        var snapshot = Compliant.WithTopic(t => t with { KmsMasterKeyId = keyId }) with
        {
            KmsKeys = [new KmsKey { KeyId = keyId, Region = "us-east-1", AwsManaged = true, Policy = CloudWatchKeyPolicy }],
        };
        Assert.Equal(Status.Fail, Audit(snapshot).StepNamed("topic-key").Status);
    }

    [Fact]
    public void An_unencrypted_topic_has_no_topic_key_step()
        => Assert.DoesNotContain(Audit(Compliant).Steps, s => s.Name == "topic-key");

    private const string CloudWatchKeyPolicy = """{"Statement":[{"Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*"}]}""";

    [Fact]
    public void Topic_policy_denying_CloudWatch_warns()
    {
        const string policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"SNS:Publish","Resource":"*"},{"Effect":"Deny","Principal":{"Service":"cloudwatch.amazonaws.com"},"Action":"sns:*","Resource":"*"}]}""";
        var finding = Audit(Compliant.WithTopic(t => t with { Policy = policy }));
        Assert.Contains("warning: the topic policy does not let cloudwatch.amazonaws.com publish", finding.StepNamed("topic-policy").Detail);
    }

    [Fact]
    public void EventBridge_rule_to_a_subscribed_topic_in_every_region_is_a_compensating_pass()
    {
        var finding = Audit(Load("eventbridge-compensating"));
        Assert.Equal(Status.Pass, finding.Status);
        Assert.StartsWith("compensating control", finding.Reason);
        Assert.Contains(finding.Steps, s => s.Name == "eventbridge");
    }

    [Fact]
    public void EventBridge_rule_in_only_one_of_the_regions_does_not_compensate()
    {
        var snapshot = Load("eventbridge-compensating");
        var finding = Audit(snapshot with { EventRules = [snapshot.EventRules[0]] });
        Assert.Equal(Status.Fail, finding.Status);
    }

    [Fact]
    public void EventBridge_rule_for_other_events_does_not_compensate()
    {
        var snapshot = Load("eventbridge-compensating");
        Assert.Equal(Status.Fail, Audit(snapshot, ConfigChangesControl).Status);
    }

    [Fact]
    public void A_failing_chain_with_unreadable_EventBridge_rules_is_unknown_not_failed()
    {
        var snapshot = Compliant with { Alarms = [], Gaps = [new Gap("events:ListRules", "us-west-2", "AccessDeniedException", "denied")] };
        var finding = Audit(snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("events:ListRules", finding.Reason);
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
        Assert.Equal(Status.Unknown, finding.Steps[^1].Status);
    }
}
