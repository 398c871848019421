using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>Each account state seeded in moto_server, read over HTTP into a snapshot and judged by the controls.</summary>
[Collection(MotoCollection.Name)]
public class AuditScenarioTests(MotoServer moto)
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2"];
    private static readonly ControlEvaluator Evaluator = new(ControlCatalogue.Default.Controls, ControlSamples.For);

    private async Task<(AccountSnapshot Snapshot, Finding Monitoring, Finding Recorder)> AuditAsync(AuditScenario scenario)
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(session, account, scenario);
        var snapshot = await SnapshotReader.ReadAsync(session, account, Regions, TimeProvider.System);
        var monitoring = Evaluator.Evaluate(ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!, snapshot);
        var recorder = Evaluator.Evaluate(ControlCatalogue.Default.Find("config-records-cloudtrail")!, snapshot);
        return (snapshot, monitoring, recorder);
    }

    private static void AssertFailsAt(Finding finding, string step)
    {
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal(step, finding.Steps.First(s => s.Status != Status.Pass).Name);
    }

    [Fact]
    public async Task Compliant_account_passes_and_the_snapshot_holds_every_link()
    {
        var (snapshot, monitoring, recorder) = await AuditAsync(new AuditScenario());
        Assert.Equal(Status.Pass, monitoring.Status);
        Assert.Equal(Status.Pass, recorder.Status);
        Assert.Empty(snapshot.Gaps);
        var trail = Assert.Single(snapshot.Trails);
        Assert.True(trail.IsMultiRegion);
        Assert.Equal("us-east-1", trail.HomeRegion);
        Assert.Single(snapshot.MetricFilters);
        Assert.Single(snapshot.Topics[0].Subscriptions!);
        Assert.Equal("PENDING", snapshot.ConfigRecorders[0].Status!.LastStatus);
    }

    [Fact]
    public async Task Account_without_a_trail_fails_at_the_trail()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Trail = false })).Monitoring, "trail");

    [Fact]
    public async Task Single_region_trail_fails_at_the_trail()
        => AssertFailsAt((await AuditAsync(new AuditScenario { MultiRegion = false })).Monitoring, "trail");

    [Fact]
    public async Task Trail_not_logging_fails_at_logging()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Logging = false })).Monitoring, "logging");

    [Fact]
    public async Task Data_events_only_fails_at_event_selectors()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Selectors = "data-only" })).Monitoring, "event-selectors");

    [Fact]
    public async Task Read_only_management_events_fail_at_event_selectors()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Selectors = "read-only" })).Monitoring, "event-selectors");

    [Fact]
    public async Task Selectors_never_put_count_as_the_AWS_default()
        => Assert.Equal(Status.Pass, (await AuditAsync(new AuditScenario { Selectors = "none" })).Monitoring.Status);

    [Fact]
    public async Task Trail_without_CloudWatch_Logs_fails_at_the_log_group()
        => AssertFailsAt((await AuditAsync(new AuditScenario { CloudWatchLogs = false })).Monitoring, "log-group");

    [Fact]
    public async Task Log_group_without_a_filter_fails_at_the_metric_filter()
        => AssertFailsAt((await AuditAsync(new AuditScenario { FilterPattern = null })).Monitoring, "metric-filter");

    [Fact]
    public async Task Filter_missing_an_event_fails_naming_it()
    {
        var (_, monitoring, _) = await AuditAsync(new AuditScenario { FilterPattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }" });
        AssertFailsAt(monitoring, "metric-filter");
        Assert.Contains("StopLogging", monitoring.Reason);
    }

    [Fact]
    public async Task Filter_joined_by_and_fails()
        => AssertFailsAt((await AuditAsync(new AuditScenario { FilterPattern = AuditScenario.ReferencePattern.Replace("||", "&&", StringComparison.Ordinal) })).Monitoring, "metric-filter");

    [Fact]
    public async Task Whole_service_filter_passes_with_a_warning_that_it_fires_on_reads()
    {
        var (_, monitoring, _) = await AuditAsync(new AuditScenario { FilterPattern = "{ $.eventSource = cloudtrail.amazonaws.com }" });
        Assert.Equal(Status.Pass, monitoring.Status);
        var detail = monitoring.Steps.Single(s => s.Name == "metric-filter").Detail;
        Assert.StartsWith("warning:", detail, StringComparison.Ordinal);
        Assert.Contains("DescribeTrails", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_alarm_fails_at_the_alarm()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Alarm = false })).Monitoring, "alarm");

    [Fact]
    public async Task Alarm_without_actions_fails_at_alarm_action()
        => AssertFailsAt((await AuditAsync(new AuditScenario { AlarmActions = false })).Monitoring, "alarm-action");

    [Fact]
    public async Task Alarm_with_actions_disabled_fails_at_alarm_action()
        => AssertFailsAt((await AuditAsync(new AuditScenario { ActionsEnabled = false })).Monitoring, "alarm-action");

    [Fact]
    public async Task Alarm_pointing_at_a_deleted_topic_fails_at_the_topic()
        => AssertFailsAt((await AuditAsync(new AuditScenario { DeleteTopic = true })).Monitoring, "topic");

    [Fact]
    public async Task Topic_without_subscriber_fails_at_the_subscriber()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Subscriber = false })).Monitoring, "subscriber");

    [Fact]
    public async Task Config_recorder_missing_fails()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Config = "missing" })).Recorder, "recorder");

    [Fact]
    public async Task Config_recorder_stopped_fails()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Config = "stopped" })).Recorder, "recording");

    [Fact]
    public async Task Config_recorder_not_recording_trails_fails()
        => AssertFailsAt((await AuditAsync(new AuditScenario { Config = "not-trails" })).Recorder, "recording-group");
}
