using TrailAlarm.Catalogue;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Export;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>
/// PutMetricFilter, PutMetricAlarm and PutConfigurationRecorder replace the whole resource, so an update the plan
/// carries — and every export of it, made offline from the plan alone — keeps what the resource has beyond the CIS
/// settings; a saved plan holding those settings loads.
/// </summary>
public sealed class PlannedUpdatesKeepTheRestTests : IDisposable
{
    private const string CloudTrail = "cloudtrail-changes-monitored";
    private const string OtherTopic = "arn:aws:sns:us-east-1:111122223333:oncall";
    private readonly string path = Path.Combine(Path.GetTempPath(), $"trailalarm-plan-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    private static string MetricOf(string control) => ControlCatalogue.Default.Find(control)!.DefaultMetricName!;

    private static Plan PlanFor(AccountSnapshot snapshot, string control = CloudTrail, bool recorder = false) => Planner.Default().Plan(
        snapshot, new FixSettings { Controls = [control], FixConfigRecorder = recorder }, DateTimeOffset.UnixEpoch);

    private static Change Only(Plan plan, ResourceKind kind) => Assert.Single(plan.Changes, c => c.Kind == kind);

    /// <summary>The CIS alarm with actions disabled (so it must be updated) and settings of its owner's.</summary>
    private static AccountSnapshot WithOwnedAlarm(int evaluationPeriods = 1, int datapoints = 1) => Accounts.TrailOnly() with
    {
        MetricFilters = [Accounts.Filter("ct", Accounts.CloudTrailPattern, "CtMetric")],
        Alarms = [Accounts.Alarm("ct-alarm", "CtMetric", actionsEnabled: false, Accounts.TopicArn) with
        {
            OkActions = [OtherTopic],
            InsufficientDataActions = [OtherTopic],
            Description = "Paged to the on-call rota; runbook SEC-12",
            EvaluationPeriods = evaluationPeriods,
            DatapointsToAlarm = datapoints,
        }],
        Topics = [Accounts.Topic()],
    };

    [Fact]
    public void An_alarm_update_keeps_its_ok_and_insufficient_data_actions_description_and_datapoints()
    {
        var alarm = Only(PlanFor(WithOwnedAlarm()), ResourceKinds.Alarm);

        Assert.Equal(ChangeAction.Update, alarm.Action);
        Assert.Equal(OtherTopic, alarm.After![Attr.OkActions]);
        Assert.Equal(OtherTopic, alarm.After[Attr.InsufficientDataActions]);
        Assert.Equal("Paged to the on-call rota; runbook SEC-12", alarm.After[Attr.AlarmDescription]);
        Assert.Equal("1", alarm.After[Attr.DatapointsToAlarm]);
        Assert.Equal("true", alarm.After[Attr.ActionsEnabled]);
    }

    [Fact]
    public void Datapoints_that_no_longer_fit_one_evaluation_period_are_dropped_as_apply_drops_them()
    {
        var alarm = Only(PlanFor(WithOwnedAlarm(evaluationPeriods: 3, datapoints: 2)), ResourceKinds.Alarm);

        Assert.Equal("2", alarm.Before![Attr.DatapointsToAlarm]);
        Assert.False(alarm.After!.ContainsKey(Attr.DatapointsToAlarm));
        Assert.Equal(OtherTopic, alarm.After[Attr.OkActions]);
    }

    [Fact]
    public void The_cli_script_and_terraform_of_an_alarm_update_send_what_the_alarm_keeps()
    {
        var plan = PlanFor(WithOwnedAlarm());

        var script = CliScriptExporter.Render(plan);
        var tf = TerraformExporter.Render(plan);

        Assert.Contains($"--ok-actions '{OtherTopic}'", script, StringComparison.Ordinal);
        Assert.Contains($"--insufficient-data-actions '{OtherTopic}'", script, StringComparison.Ordinal);
        Assert.Contains("--alarm-description 'Paged to the on-call rota; runbook SEC-12'", script, StringComparison.Ordinal);
        Assert.Contains("--datapoints-to-alarm 1", script, StringComparison.Ordinal);
        // The padding before '=' is terraform fmt's alignment, which depends on the longest argument name of the run.
        Assert.Matches("alarm_description += \"Paged to the on-call rota; runbook SEC-12\"", tf);
        Assert.Contains("ok_actions", tf, StringComparison.Ordinal);
        Assert.Null(ExportTests.FmtComplaint(tf));
    }

    [Fact]
    public void A_filter_update_keeps_its_default_value_unit_and_field_selection()
    {
        var metric = MetricOf(CloudTrail);
        var snapshot = Accounts.TrailOnly() with
        {
            MetricFilters = [Accounts.Filter(metric, "{ $.eventName = StopLogging }", metric) with
            {
                Transformations = [new MetricTransformation { MetricName = metric, MetricNamespace = "CISBenchmark", MetricValue = "1", DefaultValue = 0, Unit = "Count" }],
                FieldSelectionCriteria = "$.eventSource = \"cloudtrail.amazonaws.com\"",
            }],
        };

        var plan = PlanFor(snapshot);
        var filter = Only(plan, ResourceKinds.MetricFilter);

        Assert.Equal(ChangeAction.Update, filter.Action);
        Assert.Equal(ControlCatalogue.Default.Find(CloudTrail)!.ReferencePattern, filter.After![Attr.Pattern]);
        Assert.Equal("0", filter.After[Attr.DefaultValue]);
        Assert.Equal("Count", filter.After[Attr.Unit]);
        Assert.Equal(filter.Before![Attr.FieldSelectionCriteria], filter.After[Attr.FieldSelectionCriteria]);
        var script = CliScriptExporter.Render(plan);
        Assert.Contains("defaultValue", script, StringComparison.Ordinal);
        Assert.Contains("Count", script, StringComparison.Ordinal);
        var tf = TerraformExporter.Render(plan);
        Assert.Contains("default_value = \"0\"", tf, StringComparison.Ordinal);
        Assert.Null(ExportTests.FmtComplaint(tf));
    }

    [Fact]
    public void A_filter_of_the_planned_name_that_publishes_dimensions_is_left_alone_and_the_control_listed_unplanned()
    {
        var metric = MetricOf(CloudTrail);
        var dimensioned = Accounts.Filter(metric, "{ $.eventName = StopLogging }", metric) with
        {
            Transformations = [new MetricTransformation
            {
                MetricName = metric, MetricNamespace = "CISBenchmark", MetricValue = "1", Dimensions = new Dictionary<string, string> { ["Who"] = "$.userIdentity.arn" },
            }],
        };

        var plan = PlanFor(Accounts.TrailOnly() with { MetricFilters = [dimensioned] });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.MetricFilter || c.Kind == ResourceKinds.Alarm);
        var unplanned = Assert.Single(plan.Unplanned, u => u.Control == CloudTrail);
        Assert.Contains("publishes dimensions", unplanned.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorder_update_keeps_its_daily_recording_mode_in_the_plan_and_the_cli_script()
    {
        var snapshot = Accounts.TrailOnly() with
        {
            ConfigRecorders = [new ConfigRecorder
            {
                Region = Accounts.Region,
                Name = "default",
                RoleArn = "arn:aws:iam::111122223333:role/cfg",
                RecordingGroup = new RecordingGroup { ResourceTypes = ["AWS::S3::Bucket"], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" },
                RecordingMode = new RecordingMode
                {
                    RecordingFrequency = "DAILY",
                    Overrides = [new RecordingModeOverride { Description = "buckets hourly", ResourceTypes = ["AWS::S3::Bucket"], RecordingFrequency = "CONTINUOUS" }],
                },
                Status = new RecorderStatus { Recording = true },
            }],
        };

        var plan = PlanFor(snapshot, "config-records-cloudtrail", recorder: true);
        var recorder = Only(plan, ResourceKinds.Recorder);
        var script = CliScriptExporter.Render(plan);

        Assert.Contains("AWS::CloudTrail::Trail", recorder.After![Attr.ResourceTypes], StringComparison.Ordinal);
        Assert.Equal(recorder.Before![Attr.RecordingMode], recorder.After[Attr.RecordingMode]);
        Assert.Contains("\"recordingFrequency\":\"DAILY\"", recorder.After[Attr.RecordingMode], StringComparison.Ordinal);
        Assert.Contains("\"recordingFrequency\":\"DAILY\"", script, StringComparison.Ordinal);
        Assert.Contains("buckets hourly", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_plan_whose_updates_carry_kept_settings_loads_unchanged()
    {
        var plan = PlanFor(WithOwnedAlarm());

        PlanFile.Save(path, plan);
        var loaded = Only(PlanFile.Load(path), ResourceKinds.Alarm);

        Assert.Equal(Only(plan, ResourceKinds.Alarm).After, loaded.After);
    }
}
