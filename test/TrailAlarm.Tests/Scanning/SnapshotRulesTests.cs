using TrailAlarm.Scanning;
using TrailAlarm.Simulation;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Tests.Scanning;

public class SnapshotRulesTests
{
    private static MetricAlarm Alarm(string name = "a", string region = "us-east-1", string metric = "M") => new()
    {
        Region = region,
        Name = name,
        MetricName = metric,
        Namespace = "N",
        Statistic = "Sum",
        Period = 60,
        Threshold = 2,
        ComparisonOperator = "GreaterThanThreshold",
        EvaluationPeriods = 3,
        ActionsEnabled = true,
    };

    private static AccountSnapshot Account(params MetricAlarm[] alarms) => new()
    {
        Account = "111122223333",
        MetricFilters =
        [
            new MetricFilter { Region = "us-east-1", LogGroupName = "g", FilterName = "f", Pattern = "{ $.eventName = StopLogging }", Transformations = [new MetricTransformation { MetricName = "M", MetricNamespace = "N", MetricValue = "$.n" }] },
            new MetricFilter { Region = "us-east-1", LogGroupName = "g", FilterName = "broken", Pattern = "{ $.eventName = " },
        ],
        Alarms = alarms,
    };

    [Fact]
    public void Each_alarm_on_the_filters_metric_in_its_region_becomes_a_rule_with_its_settings()
    {
        var rules = SnapshotRules.From(new SnapshotDocument { Accounts = [Account(Alarm("one"), Alarm("elsewhere", region: "eu-west-1"), Alarm("other", metric: "X"), Alarm("two"))] });
        Assert.Equal(["111122223333/us-east-1/g:f/one", "111122223333/us-east-1/g:f/two"], rules.Select(r => r.Rule.Id));
        var settings = rules[0].Settings!;
        Assert.Equal(new AlarmSettings(AlarmStatistic.Sum, 60, 2, AlarmComparison.GreaterThanThreshold, 3, 3, MissingData.Missing), settings);
        Assert.Equal("$.n", rules[0].Rule.MetricValue);
    }

    [Fact]
    public void A_filter_without_an_alarm_is_scanned_but_not_simulated()
    {
        var rule = Assert.Single(SnapshotRules.From(new SnapshotDocument { Accounts = [Account()] }));
        Assert.Null(rule.Settings);
        Assert.Equal("no alarm on its metric", rule.Note);
    }

    [Fact]
    public void Metric_math_percentiles_and_anomaly_bands_are_not_replayed()
    {
        Assert.Null(SnapshotRules.Settings(Alarm() with { ExtendedStatistic = "p99", Statistic = null }).Settings);
        Assert.Null(SnapshotRules.Settings(Alarm() with { ComparisonOperator = "LessThanLowerOrGreaterThanUpperThreshold" }).Settings);
        Assert.Null(SnapshotRules.Settings(Alarm() with { Metrics = [new AlarmMetricQuery { Id = "e1", Expression = "m1*2", ReturnData = true }] }).Settings);
        Assert.Equal(MissingData.NotBreaching, SnapshotRules.Settings(Alarm() with { TreatMissingData = "notBreaching", DatapointsToAlarm = 2 }).Settings!.TreatMissingData);
    }
}
