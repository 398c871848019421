using System.Globalization;
using System.Text.Json.Nodes;
using TrailAlarm.Aws.Apply;
using TrailAlarm.Remediation;
using TrailAlarm.Testing;
using Cw = TrailAlarm.Aws.CloudWatch;
using Sns = TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Tests;

/// <summary>Rollback never overwrites what changed after the apply, and touches only TrailAlarm's own policy statement.</summary>
[Collection(MotoCollection.Name)]
public class ApplyRollbackSafetyTests(MotoServer moto)
{
    private const string Home = AuditAccountSeeder.Home;

    private async Task<(AwsSession Session, Plan Plan, string Journal)> ApplyAsync(AuditScenario scenario, bool existingTopic = false)
    {
        var session = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(session, account, scenario);
        if (existingTopic)
        {
            var topic = (await session.Sns(Home).CreateTopicAsync(new Sns.CreateTopicRequest { Name = FixSettings.DefaultTopicName })).TopicArn!;
            await session.Sns(Home).SubscribeAsync(new Sns.SubscribeRequest { TopicArn = topic, Protocol = "email", Endpoint = "secops@example.com" });
            var ownerOnly = $$"""{"Version":"2012-10-17","Statement":[{"Sid":"owner","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"sns:Publish","Resource":"{{topic}}"}]}""";
            await session.Sns(Home).SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(topic, "Policy", ownerOnly));
        }

        var plan = await ApplyScenarioTests.PlanAsync(session, account);
        var journal = Path.Combine(Path.GetTempPath(), $"journal-safety-{account}.json");
        await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, journal);
        return (session, plan, journal);
    }

    private static Change AlarmChange(Plan plan) => plan.Changes.First(c => c.Kind == ResourceKinds.Alarm);

    /// <summary>Someone raises the threshold of the alarm the apply wrote.</summary>
    private static Task<Cw.CloudWatchEmptyResponse> RaiseThresholdAsync(AwsSession session, Change alarm, double threshold)
    {
        var a = alarm.After!;
        return session.CloudWatch(Home).PutMetricAlarmAsync(new Cw.PutMetricAlarmRequest
        {
            AlarmName = a[Attr.AlarmName], MetricName = a[Attr.MetricName], Namespace = a[Attr.MetricNamespace], Statistic = a[Attr.Statistic],
            Period = int.Parse(a[Attr.Period], CultureInfo.InvariantCulture), EvaluationPeriods = 1, Threshold = threshold,
            ComparisonOperator = a[Attr.ComparisonOperator], ActionsEnabled = true, AlarmActions = Attr.Split(a[Attr.AlarmActions]),
        });
    }

    private static async Task<Cw.MetricAlarm?> AlarmAsync(AwsSession session, string name)
        => (await session.CloudWatch(Home).DescribeAllMetricAlarmsAsync(new Cw.DescribeAlarmsRequest { AlarmNames = [name] })).FirstOrDefault(a => a.AlarmName == name);

    [Fact]
    public async Task Created_alarm_changed_after_apply_is_left_alone_and_named_unless_forced()
    {
        var (session, plan, journal) = await ApplyAsync(new AuditScenario { Alarm = false });
        using var _ = session;
        var alarm = AlarmChange(plan);
        Assert.Equal(ChangeAction.Create, alarm.Action);
        await RaiseThresholdAsync(session, alarm, 5);

        var report = await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);

        var (address, why) = Assert.Single(report.LeftAlone);
        Assert.Equal(alarm.Address, address);
        Assert.Contains("threshold", why, StringComparison.Ordinal);
        Assert.Equal(5, (await AlarmAsync(session, alarm.After![Attr.AlarmName]))?.Threshold);
        Assert.NotEmpty(report.Undone);
        Assert.Contains(JournalFile.Load(journal).Entries, e => e.Address == alarm.Address && e.Phase == JournalPhase.LeftAlone);

        var forced = await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal, force: true);

        Assert.Empty(forced.LeftAlone);
        Assert.Equal([alarm.Address], forced.Undone);
        Assert.Null(await AlarmAsync(session, alarm.After![Attr.AlarmName]));
        File.Delete(journal);
    }

    [Fact]
    public async Task Updated_alarm_changed_after_apply_is_not_overwritten_by_rollback()
    {
        var (session, plan, journal) = await ApplyAsync(new AuditScenario { ActionsEnabled = false });
        using var _ = session;
        var alarm = AlarmChange(plan);
        Assert.Equal(ChangeAction.Update, alarm.Action);
        await RaiseThresholdAsync(session, alarm, 3);

        var report = await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);

        Assert.Equal(alarm.Address, Assert.Single(report.LeftAlone).Address);
        var live = await AlarmAsync(session, alarm.After![Attr.AlarmName]);
        Assert.Equal(3, live?.Threshold);
        Assert.True(live?.ActionsEnabled);
        File.Delete(journal);
    }

    [Fact]
    public async Task Statement_added_to_the_topic_policy_after_apply_survives_rollback()
    {
        var (session, plan, journal) = await ApplyAsync(new AuditScenario { Alarm = false }, existingTopic: true);
        using var _ = session;
        var policyChange = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.TopicPolicy);
        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.Topic);
        var arn = policyChange.After![Attr.TopicArn];
        var sns = session.Sns(Home);
        var policy = JsonNode.Parse((await sns.GetTopicAttributesAsync(arn)).Attributes["Policy"])!.AsObject();
        Assert.Contains(TopicPolicyMerge.StatementId, policy.ToJsonString(), StringComparison.Ordinal);
        policy["Statement"]!.AsArray().Add(JsonNode.Parse($$"""{"Sid":"EventBridgePublish","Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Action":"sns:Publish","Resource":"{{arn}}"}"""));
        await sns.SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(arn, "Policy", policy.ToJsonString()));

        var report = await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);

        Assert.Empty(report.LeftAlone);
        var after = (await sns.GetTopicAttributesAsync(arn)).Attributes["Policy"];
        Assert.Contains("EventBridgePublish", after, StringComparison.Ordinal);
        Assert.DoesNotContain(TopicPolicyMerge.StatementId, after, StringComparison.Ordinal);
        Assert.Contains("\"Sid\":\"owner\"", after, StringComparison.Ordinal);
        File.Delete(journal);
    }
}
