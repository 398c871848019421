using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>Plans that close the finding: reuse of a read topic, controls left failing named, alarm dimensions and unit.</summary>
public sealed class PlannerClosingTests
{
    private const string Control = "cloudtrail-changes-monitored";
    private static readonly FixSettings NoSubscriber = new() { Controls = [Control] };

    private static Plan PlanFor(AccountSnapshot snapshot, FixSettings? settings = null)
        => Planner.Default().Plan(snapshot, settings ?? NoSubscriber, DateTimeOffset.UnixEpoch);

    /// <summary>The account's root-usage alarm (another CIS monitoring alarm) notifies a topic.</summary>
    private static AccountSnapshot WithRootUsageAlarm(bool confirmed) => Accounts.TrailOnly() with
    {
        MetricFilters = [Accounts.Filter("root-usage", "{ $.userIdentity.type = \"Root\" && $.eventType != \"AwsServiceEvent\" }", "RootUsage")],
        Alarms = [Accounts.Alarm("root-usage", "RootUsage", actionsEnabled: true, Accounts.TopicArn)],
        Topics = [Accounts.Topic(subscribed: confirmed)],
    };

    [Fact]
    public void Topic_with_a_confirmed_subscriber_serving_another_cis_alarm_is_reused_and_the_plan_says_so()
    {
        var plan = PlanFor(WithRootUsageAlarm(confirmed: true));

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.Topic || c.Kind == ResourceKinds.Subscription);
        var alarm = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Alarm);
        Assert.Equal(Accounts.TopicArn, alarm.After![Attr.AlarmActions]);
        Assert.Contains(plan.Notes, n => n.Contains("reusing SNS topic " + Accounts.TopicArn, StringComparison.Ordinal) && n.Contains("'root-usage'", StringComparison.Ordinal));
        Assert.Empty(plan.Unplanned);
        Assert.Contains(plan.Preconditions, p => p.Kind == ResourceKinds.Topic && p.Expect == Precondition.Exists);
    }

    [Fact]
    public void Topic_nobody_confirmed_is_not_reused_and_the_control_is_named_as_still_failing()
    {
        var plan = PlanFor(WithRootUsageAlarm(confirmed: false));

        var topic = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Topic);
        Assert.Equal(FixSettings.DefaultTopicName, topic.After![Attr.Name]);
        var unplanned = Assert.Single(plan.Unplanned);
        Assert.Equal(Control, unplanned.Control);
        Assert.StartsWith("--subscribe", unplanned.Remedy, StringComparison.Ordinal);
        Assert.Contains("These controls still fail after this plan:", PlanText.Render(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_topic_name_wins_over_reuse()
    {
        var plan = PlanFor(WithRootUsageAlarm(confirmed: true), NoSubscriber with { TopicName = "mine", Subscribers = [Subscriber.Parse("email:a@example.com")] });

        Assert.Equal("mine", Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Topic).After![Attr.Name]);
    }

    [Fact]
    public void Failing_recorder_control_without_its_option_is_named_with_the_option_that_plans_it()
    {
        var plan = PlanFor(Accounts.TrailOnly(), new FixSettings { Controls = ["config-records-cloudtrail"] });

        Assert.Empty(plan.Changes);
        Assert.Equal(("config-records-cloudtrail", "--fix-config-recorder"), (plan.Unplanned[0].Control, plan.Unplanned[0].Remedy));
        Assert.StartsWith("No changes can be planned", PlanText.Render(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Alarm_that_asks_for_dimensions_the_filter_never_publishes_is_updated_to_the_filters_metric()
    {
        var alarm = Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: true, Accounts.TopicArn) with { Dimensions = new Dictionary<string, string> { ["Trail"] = "main" } };
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [alarm],
            Topics = [Accounts.Topic()],
        };

        var plan = PlanFor(snapshot);

        var change = Assert.Single(plan.Changes);
        Assert.Equal((ChangeAction.Update, ResourceKinds.Alarm), (change.Action, change.Kind));
        Assert.Equal("""{"Trail":"main"}""", change.Before![Attr.Dimensions]);
        Assert.Equal("", change.After![Attr.Dimensions]);
        Assert.Empty(plan.Unplanned);
    }

    [Fact]
    public void Alarm_that_asks_for_a_unit_the_filter_never_publishes_is_updated_to_no_unit()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: true, Accounts.TopicArn) with { Unit = "Seconds" }],
            Topics = [Accounts.Topic()],
        };

        var change = Assert.Single(PlanFor(snapshot).Changes);

        Assert.Equal(("Seconds", ""), (change.Before![Attr.Unit], change.After![Attr.Unit]));
    }

    [Fact]
    public void Alarm_with_the_unit_the_filter_publishes_needs_no_change()
    {
        var filter = Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric");
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [filter with { Transformations = [filter.Transformations[0] with { Unit = "Count" }] }],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: true, Accounts.TopicArn) with { Unit = "Count" }],
            Topics = [Accounts.Topic()],
        };

        var plan = PlanFor(snapshot);

        Assert.Empty(plan.Changes);
        Assert.Empty(plan.Unplanned);
    }

    [Fact]
    public void Covering_filter_that_publishes_dimensions_is_not_reused()
    {
        var filter = Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric");
        var dimensioned = filter with { Transformations = [filter.Transformations[0] with { Dimensions = new Dictionary<string, string> { ["User"] = "$.userIdentity.arn" } }] };

        var plan = PlanFor(Accounts.TrailOnly() with { MetricFilters = [dimensioned] }, NoSubscriber with { Subscribers = [Subscriber.Parse("email:a@example.com")] });

        var created = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.MetricFilter);
        Assert.Equal(ChangeAction.Create, created.Action);
        Assert.Equal("", Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Alarm).After![Attr.Dimensions]);
    }

    [Fact]
    public void Metric_math_alarm_in_the_way_is_named_with_the_option_that_plans_around_it()
    {
        var math = Accounts.Alarm("CloudTrail Changes", "x", actionsEnabled: true, Accounts.TopicArn) with
        {
            MetricName = null,
            Metrics = [new AlarmMetricQuery { Id = "e", Expression = "m * 0", ReturnData = true }],
        };

        var plan = PlanFor(Accounts.TrailOnly() with { Alarms = [math], Topics = [Accounts.Topic()] });

        Assert.Contains(plan.Unplanned, u => u.Control == Control && u.Remedy.StartsWith("--alarm-name", StringComparison.Ordinal));
    }

    [Fact]
    public void Account_without_a_trail_is_named_as_failing_without_offering_an_option_that_cannot_help()
    {
        var plan = PlanFor(Accounts.TrailOnly() with { Trails = [], LogGroups = [] });

        var unplanned = Assert.Single(plan.Unplanned);
        Assert.Equal((Control, ""), (unplanned.Control, unplanned.Remedy));
        Assert.Contains("--integrate-trail cannot connect one", unplanned.Reason, StringComparison.Ordinal);
    }
}
