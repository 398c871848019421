using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

public sealed class PlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly Planner Planner = Planner.Default();
    private static readonly FixSettings Email = new() { Subscribers = [Subscriber.Parse("email:sec@example.com")] };
    private static readonly FixSettings MetricControls = Email with { Controls = ["cloudtrail-changes-monitored", "config-changes-monitored"] };

    private static Plan PlanFor(AccountSnapshot snapshot, FixSettings? settings = null) => Planner.Plan(snapshot, settings ?? MetricControls, Now);

    private static Change Only(Plan plan, ResourceKind kind, string control) => Assert.Single(plan.Changes, c => c.Kind == kind && c.Because.Contains(control));

    [Fact]
    public void Account_without_filters_gets_filter_alarm_topic_and_subscription_on_the_trails_own_log_group()
    {
        var plan = PlanFor(Accounts.TrailOnly());

        var filter = Only(plan, ResourceKinds.MetricFilter, "cloudtrail-changes-monitored");
        Assert.Equal(ChangeAction.Create, filter.Action);
        Assert.Equal(Accounts.LogGroup, filter.After![Attr.LogGroupName]);
        Assert.Equal("CISBenchmark", filter.After[Attr.MetricNamespace]);
        var alarm = Only(plan, ResourceKinds.Alarm, "cloudtrail-changes-monitored");
        Assert.Equal("CloudTrail Changes", alarm.After![Attr.AlarmName]);
        Assert.Equal(("Sum", "300", "1", "GreaterThanOrEqualToThreshold", "1", "notBreaching"),
            (alarm.After[Attr.Statistic], alarm.After[Attr.Period], alarm.After[Attr.Threshold], alarm.After[Attr.ComparisonOperator], alarm.After[Attr.EvaluationPeriods], alarm.After[Attr.TreatMissingData]));
        Assert.Equal("AWS Config Changes", Only(plan, ResourceKinds.Alarm, "config-changes-monitored").After![Attr.AlarmName]);
        var topic = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Topic);
        Assert.Equal(topic.After![Attr.Arn], alarm.After[Attr.AlarmActions]);
        Assert.Equal(2, topic.Because.Count);
        Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Subscription);
        Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.TopicPolicy);
        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.LogGroup);
    }

    [Fact]
    public void Trail_without_cloudwatch_logs_never_gets_an_empty_log_group_unless_asked()
    {
        var plan = PlanFor(Accounts.TrailOnly(withLogs: false));

        Assert.Empty(plan.Changes);
        Assert.Equal(["cloudtrail-changes-monitored", "config-changes-monitored"], plan.Unplanned.Select(u => u.Control));
        Assert.All(plan.Unplanned, u => Assert.StartsWith("--integrate-trail", u.Remedy, StringComparison.Ordinal));
        var text = PlanText.Render(plan);
        Assert.DoesNotContain("pass", text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("! cloudtrail-changes-monitored:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrate_trail_adds_a_log_group_a_delivery_role_and_points_the_trail_at_them()
    {
        var plan = PlanFor(Accounts.TrailOnly(withLogs: false), MetricControls with { IntegrateTrail = true });

        var group = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.LogGroup);
        var role = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.DeliveryRole);
        var trail = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.TrailLogs);
        Assert.Equal(ChangeAction.Update, trail.Action);
        Assert.Equal("", trail.Before![Attr.LogGroupArn]);
        Assert.Contains(group.After![Attr.LogGroupName], trail.After![Attr.LogGroupArn], StringComparison.Ordinal);
        Assert.Equal(role.After![Attr.Arn], trail.After[Attr.LogsRoleArn]);
        Assert.Equal(group.After[Attr.LogGroupName], Only(plan, ResourceKinds.MetricFilter, "cloudtrail-changes-monitored").After![Attr.LogGroupName]);
        Assert.True(plan.Changes.ToList().IndexOf(trail) < plan.Changes.ToList().FindIndex(c => c.Kind == ResourceKinds.MetricFilter));
    }

    [Fact]
    public void Alarm_with_actions_disabled_is_updated_in_place_with_before_and_after()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: false, Accounts.TopicArn)],
            Topics = [Accounts.Topic()],
        };

        var plan = PlanFor(snapshot, Email with { Controls = ["cloudtrail-changes-monitored"] });

        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.Equal(ResourceKinds.Alarm, change.Kind);
        Assert.Equal("false", change.Before![Attr.ActionsEnabled]);
        Assert.Equal("true", change.After![Attr.ActionsEnabled]);
        Assert.Equal("ct-alarm", change.After[Attr.AlarmName]);
        Assert.Equal(Accounts.TopicArn, change.After[Attr.AlarmActions]);
        Assert.Contains(plan.Preconditions, p => p.Address == change.Address && p.Expect == Precondition.Matches && p.Attributes[Attr.ActionsEnabled] == "false");
    }

    [Fact]
    public void Wrong_filter_is_left_alone_and_a_covering_filter_is_added_beside_it()
    {
        var snapshot = Accounts.TrailOnly() with { MetricFilters = [Accounts.Filter("partial", "{ $.eventName = CreateTrail }", "Partial")] };

        var plan = PlanFor(snapshot, Email with { Controls = ["cloudtrail-changes-monitored"] });

        var filter = Only(plan, ResourceKinds.MetricFilter, "cloudtrail-changes-monitored");
        Assert.Equal(ChangeAction.Create, filter.Action);
        Assert.NotEqual("partial", filter.After![Attr.FilterName]);
    }

    [Fact]
    public void Alarm_pointing_at_a_deleted_topic_gets_a_new_topic_added_to_its_actions()
    {
        var gone = "arn:aws:sns:us-east-1:111122223333:deleted";
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: true, gone)],
        };

        var plan = PlanFor(snapshot, Email with { Controls = ["cloudtrail-changes-monitored"] });

        var topic = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Topic);
        var alarm = Only(plan, ResourceKinds.Alarm, "cloudtrail-changes-monitored");
        Assert.Equal(Attr.Join([gone, topic.After![Attr.Arn]]), alarm.After![Attr.AlarmActions]);
    }

    [Fact]
    public void Topic_without_subscriber_is_reused_and_only_gets_the_subscription()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: true, Accounts.TopicArn)],
            Topics = [Accounts.Topic(subscribed: false, policy: """{"Version":"2012-10-17","Statement":[{"Sid":"mine","Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Action":"sns:Publish","Resource":"*"}]}""")],
        };

        var plan = PlanFor(snapshot, Email with { Controls = ["cloudtrail-changes-monitored"] });

        var change = Assert.Single(plan.Changes);
        Assert.Equal(ResourceKinds.Subscription, change.Kind);
        Assert.Equal(Accounts.TopicArn, change.After![Attr.TopicArn]);
        Assert.Contains(plan.Notes, n => n.Contains("pending", StringComparison.Ordinal));
    }

    [Fact]
    public void Topic_policy_that_shuts_out_cloudwatch_is_merged_not_replaced()
    {
        const string ownerOnly = """{"Version":"2012-10-17","Statement":[{"Sid":"owner","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sns:Publish","Resource":"*"}]}""";
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: false, Accounts.TopicArn)],
            Topics = [Accounts.Topic(policy: ownerOnly)],
        };

        var plan = PlanFor(snapshot, new FixSettings { Controls = ["cloudtrail-changes-monitored"] });

        var policy = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.TopicPolicy);
        Assert.Equal(ChangeAction.Update, policy.Action);
        Assert.Contains("\"Sid\":\"owner\"", policy.After![Attr.Policy], StringComparison.Ordinal);
        Assert.Contains(TopicPolicyMerge.StatementId, policy.After[Attr.Policy], StringComparison.Ordinal);
        Assert.DoesNotContain(TopicPolicyMerge.StatementId, policy.Before![Attr.Policy], StringComparison.Ordinal);
    }

    [Fact]
    public void Compliant_account_plans_no_changes()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
            Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: true, Accounts.TopicArn)],
            Topics = [Accounts.Topic()],
        };

        var plan = PlanFor(snapshot, Email with { Controls = ["cloudtrail-changes-monitored"] });

        Assert.Empty(plan.Changes);
        Assert.Empty(plan.Unplanned);
        Assert.StartsWith("No changes. The selected controls pass", PlanText.Render(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_recorder_that_skips_trails_is_changed_and_started_only_with_fix_config_recorder()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            ConfigRecorders = [new ConfigRecorder { Region = Accounts.Region, Name = "default", RoleArn = "arn:aws:iam::111122223333:role/cfg", RecordingGroup = new RecordingGroup { ResourceTypes = ["AWS::S3::Bucket"], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" }, Status = new RecorderStatus { Recording = false } }],
            DeliveryChannels = [new DeliveryChannel { Region = Accounts.Region, Name = "default", Bucket = "config-bucket" }],
        };
        var settings = new FixSettings { Controls = ["config-records-cloudtrail"] };

        var unfixed = PlanFor(snapshot, settings);
        Assert.Empty(unfixed.Changes);
        Assert.Equal("--fix-config-recorder", Assert.Single(unfixed.Unplanned).Remedy);
        var plan = PlanFor(snapshot, settings with { FixConfigRecorder = true });

        var recorder = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.Recorder);
        Assert.Equal("AWS::S3::Bucket", recorder.Before![Attr.ResourceTypes]);
        Assert.Equal("AWS::S3::Bucket,AWS::CloudTrail::Trail", recorder.After![Attr.ResourceTypes]);
        var status = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.RecorderStatus);
        Assert.Equal(("false", "true"), (status.Before![Attr.Recording], status.After![Attr.Recording]));
    }

    [Fact]
    public void Missing_recorder_is_created_with_only_the_trail_type_and_started_once_it_has_a_delivery_channel()
    {
        var withRole = Accounts.TrailOnly() with { ConfigPrerequisites = new ConfigPrerequisites { ServiceLinkedRoleExists = true } };
        var plan = PlanFor(withRole, new FixSettings { Controls = ["config-records-cloudtrail"], FixConfigRecorder = true, ConfigBucket = "config-bucket" });

        Assert.Equal([ResourceKinds.Recorder, ResourceKinds.DeliveryChannel, ResourceKinds.RecorderStatus], plan.Changes.Select(c => c.Kind));
        var recorder = plan.Changes[0];
        Assert.Equal(ChangeAction.Create, recorder.Action);
        Assert.Equal("AWS::CloudTrail::Trail", recorder.After![Attr.ResourceTypes]);
        Assert.Equal("config-bucket", plan.Changes[1].After![Attr.Bucket]);
    }

    [Fact]
    public void Missing_recorder_without_a_bucket_is_created_but_not_started_and_the_plan_says_why()
    {
        var withRole = Accounts.TrailOnly() with { ConfigPrerequisites = new ConfigPrerequisites { ServiceLinkedRoleExists = true } };
        var plan = PlanFor(withRole, new FixSettings { Controls = ["config-records-cloudtrail"], FixConfigRecorder = true });

        Assert.Equal(ResourceKinds.Recorder, Assert.Single(plan.Changes).Kind);
        Assert.StartsWith("--config-bucket", Assert.Single(plan.Unplanned, u => u.Control == "config-records-cloudtrail").Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Alarm_name_option_names_the_new_alarm()
    {
        var settings = MetricControls with { AlarmNames = new Dictionary<string, string> { ["cloudtrail-changes-monitored"] = "Trail tamper" } };

        var plan = PlanFor(Accounts.TrailOnly(), settings);

        Assert.Equal("Trail tamper", Only(plan, ResourceKinds.Alarm, "cloudtrail-changes-monitored").After![Attr.AlarmName]);
    }

    [Fact]
    public void Unknown_control_id_is_refused_with_its_name()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanFor(Accounts.TrailOnly(), new FixSettings { Controls = ["nope"] }));
        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
    }
}
