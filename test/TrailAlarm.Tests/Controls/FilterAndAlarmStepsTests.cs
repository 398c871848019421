using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

public class FilterAndAlarmStepsTests
{
    [Fact]
    public void Log_group_without_metric_filters_fails_at_the_filter_step()
    {
        var finding = Audit(Compliant with { MetricFilters = [] });
        Assert.Equal(Status.Fail, finding.StepNamed("metric-filter").Status);
        Assert.Contains("no metric filter", finding.Reason);
    }

    [Fact]
    public void Filter_missing_a_required_event_fails_naming_the_event()
    {
        var finding = Audit(Compliant.WithFilter("{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }"));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("StopLogging", finding.StepNamed("metric-filter").Detail);
        Assert.DoesNotContain("CreateTrail (", finding.Reason);
    }

    [Fact]
    public void Pattern_joined_by_and_never_fires_and_fails()
    {
        var finding = Audit(Compliant.WithFilter("{ ($.eventName = CreateTrail) && ($.eventName = UpdateTrail) && ($.eventName = DeleteTrail) && ($.eventName = StartLogging) && ($.eventName = StopLogging) }"));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal(Status.Fail, finding.StepNamed("metric-filter").Status);
        Assert.Contains("CreateTrail", finding.Reason);
    }

    [Fact]
    public void Wildcard_pattern_that_also_fires_on_reads_passes_with_a_warning_naming_them()
    {
        var finding = Audit(Compliant.WithFilter("{ ($.eventSource = cloudtrail.amazonaws.com) && ($.eventName = *Trail || $.eventName = *Logging) }"));
        Assert.Equal(Status.Pass, finding.Status);
        var detail = finding.StepNamed("metric-filter").Detail;
        Assert.StartsWith("warning:", detail, StringComparison.Ordinal);
        Assert.Contains("GetTrail", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("LookupEvents", detail, StringComparison.Ordinal);
        Assert.Contains("warning:", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Wider_pattern_that_stays_quiet_on_the_near_misses_passes_with_a_note()
    {
        var finding = Audit(Compliant.WithFilter("{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = *Logging) }"));
        Assert.Equal(Status.Pass, finding.Status);
        Assert.Contains("wider", finding.StepNamed("metric-filter").Detail);
        Assert.DoesNotContain("warning", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_that_does_not_parse_fails()
    {
        var finding = Audit(Compliant.WithFilter("{ ($.eventName = CreateTrail) || "));
        Assert.Equal(Status.Fail, finding.StepNamed("metric-filter").Status);
        Assert.Contains("does not parse", finding.Reason);
    }

    [Fact]
    public void Metric_filters_that_could_not_be_read_make_the_finding_unknown()
    {
        var snapshot = Compliant with { MetricFilters = [], Gaps = [new Gap("logs:DescribeMetricFilters", "us-east-1", "AccessDeniedException", "denied")] };
        var finding = Audit(snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("logs:DescribeMetricFilters", finding.Reason);
    }

    [Fact]
    public void No_alarm_on_the_metric_fails_at_the_alarm_step()
    {
        var finding = Audit(Compliant with { Alarms = [] });
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
        Assert.Contains("CISBenchmark/CloudTrailChangeCount", finding.Reason);
    }

    [Fact]
    public void Alarm_in_another_region_does_not_count()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { Region = "us-west-2" }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
    }

    [Fact]
    public void Alarm_on_the_same_metric_name_in_another_namespace_does_not_count()
    {
        Assert.Equal(Status.Fail, Audit(Compliant.WithAlarms(a => a with { Namespace = "Other" })).Status);
    }

    [Fact]
    public void Alarm_with_dimensions_the_filter_does_not_publish_never_fires()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { Dimensions = new Dictionary<string, string> { ["User"] = "mallory" } }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
        Assert.Contains("dimensions", finding.Reason);
    }

    [Theory]
    [InlineData(null, null, Status.Pass)]
    [InlineData(null, "None", Status.Pass)]
    [InlineData("Count", "Count", Status.Pass)]
    [InlineData("Count", null, Status.Pass)]
    [InlineData(null, "Count", Status.Fail)]
    [InlineData("Count", "Seconds", Status.Fail)]
    public void Alarm_unit_other_than_the_filter_unit_stays_insufficient_data(string? filterUnit, string? alarmUnit, Status expected)
    {
        var snapshot = Compliant.WithAlarms(a => a with { Unit = alarmUnit }) with
        {
            MetricFilters = Compliant.MetricFilters.Select(f => f with { Transformations = f.Transformations.Select(t => t with { Unit = filterUnit }).ToList() }).ToList(),
        };
        var step = Audit(snapshot).StepNamed("alarm");
        Assert.Equal(expected, step.Status);
        if (expected == Status.Fail)
        {
            Assert.Contains("INSUFFICIENT_DATA", step.Detail);
        }
    }

    [Fact]
    public void Metric_math_alarm_asking_for_another_unit_fails()
    {
        var snapshot = Load("metric-math-alarm");
        var changed = snapshot.WithAlarms(a => a with { Metrics = a.Metrics.Select(q => q.MetricStat is null ? q : q with { MetricStat = q.MetricStat with { Unit = "Bytes" } }).ToList() });
        Assert.Equal(Status.Fail, Audit(changed).StepNamed("alarm").Status);
    }

    [Fact]
    public void Alarm_threshold_above_one_event_fails()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { Threshold = 2 }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
        Assert.Contains("one event gives Sum = 1", finding.Reason);
    }

    [Fact]
    public void Non_CIS_values_that_still_fire_on_one_event_pass_with_notes()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { Statistic = "Maximum", Period = 60, Threshold = 0, ComparisonOperator = "GreaterThanThreshold" }));
        Assert.Equal(Status.Pass, finding.Status);
        var detail = finding.StepNamed("alarm").Detail;
        Assert.Contains("period 60 s (CIS: 300)", detail);
        Assert.Contains("statistic Maximum", detail);
    }

    [Fact]
    public void Alarm_needing_three_breaching_periods_with_not_breaching_missing_data_fails()
    {
        var finding = Audit(Compliant.WithAlarms(a => a with { EvaluationPeriods = 3, DatapointsToAlarm = 3, TreatMissingData = "notBreaching" }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
    }

    [Fact]
    public void Alarm_needing_three_breaching_periods_with_missing_data_is_unknown()
    {
        Assert.Equal(Status.Unknown, Audit(Compliant.WithAlarms(a => a with { EvaluationPeriods = 3 })).Status);
    }

    [Fact]
    public void Average_diluted_by_default_values_fails()
    {
        var snapshot = Compliant with
        {
            MetricFilters = Compliant.MetricFilters.Select(f => f with { Transformations = [f.Transformations[0] with { DefaultValue = 0 }] }).ToList(),
        };
        var finding = Audit(snapshot.WithAlarms(a => a with { Statistic = "Average" }));
        Assert.Equal(Status.Fail, finding.StepNamed("alarm").Status);
        Assert.Equal(Status.Pass, Audit(snapshot).Status);
    }

    [Fact]
    public void Metric_math_alarm_over_the_filter_metric_passes()
    {
        var finding = Audit(Load("metric-math-alarm"));
        Assert.Equal(Status.Pass, finding.Status);
    }

    [Fact]
    public void Metric_math_alarm_depending_on_another_metric_is_unknown()
    {
        var snapshot = Load("metric-math-alarm").WithAlarms(a => a with
        {
            Metrics = [.. a.Metrics.Where(q => q.MetricStat is not null), new AlarmMetricQuery { Id = "m2", ReturnData = false, MetricStat = new AlarmMetricStat { MetricName = "Other", Namespace = "X", Stat = "Sum", Period = 300 } }, new AlarmMetricQuery { Id = "e1", Expression = "m1 - m2", ReturnData = true }],
        });
        var finding = Audit(snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("m1 - m2", finding.Reason);
    }

    [Fact]
    public void Alarms_that_could_not_be_read_are_unknown_naming_the_call_and_error()
    {
        var finding = Audit(Load("denied-alarms"));
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("cloudwatch:DescribeAlarms", finding.Reason);
        Assert.Contains("AccessDenied", finding.Reason);
    }
}
