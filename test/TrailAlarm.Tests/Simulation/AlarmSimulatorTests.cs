using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Tests.Simulation;

public class AlarmSimulatorTests
{
    private static readonly DateTimeOffset Day = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private static ScanMatch At(string hhmmss, double? value = 1, string id = "")
    {
        var time = Day + TimeSpan.Parse(hhmmss, System.Globalization.CultureInfo.InvariantCulture);
        return new ScanMatch("rule", id == "" ? hhmmss : id, "StopLogging", time, "f.json", 1, 1, value);
    }

    private static IReadOnlyList<AlarmPeriod> Cis(params ScanMatch[] matches) => AlarmSimulator.Simulate(matches, AlarmSettings.Cis).AlarmPeriods;

    [Fact]
    public void One_event_fires_the_cis_alarm_for_the_epoch_aligned_five_minute_period_holding_it()
    {
        var period = Assert.Single(Cis(At("10:07:31")));
        Assert.Equal(Day.AddHours(10).AddMinutes(5), period.PeriodStart);
        Assert.Equal(Day.AddHours(10).AddMinutes(10), period.PeriodEnd);
        Assert.Equal(1, period.Value);
    }

    [Fact]
    public void An_event_exactly_on_a_boundary_belongs_to_the_period_it_starts()
    {
        var periods = Cis(At("10:05:00"), At("10:04:59"));
        Assert.Equal([Day.AddHours(10), Day.AddHours(10).AddMinutes(5)], periods.Select(p => p.PeriodStart));
    }

    [Fact]
    public void Several_events_in_one_period_are_one_alarm_period_whose_value_is_their_sum()
    {
        var period = Assert.Single(Cis(At("10:00:01"), At("10:02:00"), At("10:04:59")));
        Assert.Equal(3, period.Value);
        Assert.Equal(["10:00:01", "10:02:00", "10:04:59"], period.Events.Select(e => e.EventId));
    }

    [Fact]
    public void Periods_without_events_between_two_bursts_do_not_alarm_when_missing_data_is_not_breaching()
    {
        var periods = Cis(At("10:01:00"), At("11:01:00"));
        Assert.Equal([Day.AddHours(10), Day.AddHours(11)], periods.Select(p => p.PeriodStart));
    }

    [Fact]
    public void A_threshold_above_the_sum_never_fires()
    {
        var settings = AlarmSettings.Cis with { Threshold = 3 };
        Assert.Empty(AlarmSimulator.Simulate([At("10:00:00"), At("10:01:00")], settings).AlarmPeriods);
        Assert.Single(AlarmSimulator.Simulate([At("10:00:00"), At("10:01:00"), At("10:02:00")], settings).AlarmPeriods);
    }

    [Fact]
    public void Greater_than_differs_from_greater_or_equal_at_the_threshold()
    {
        var strict = AlarmSettings.Cis with { Comparison = AlarmComparison.GreaterThanThreshold };
        Assert.Empty(AlarmSimulator.Simulate([At("10:00:00")], strict).AlarmPeriods);
        Assert.Single(AlarmSimulator.Simulate([At("10:00:00"), At("10:00:01")], strict).AlarmPeriods);
    }

    [Fact]
    public void Two_of_three_needs_two_breaching_periods_within_three()
    {
        var settings = AlarmSettings.Cis with { EvaluationPeriods = 3, DatapointsToAlarm = 2 };
        Assert.Empty(AlarmSimulator.Simulate([At("10:00:00"), At("10:15:00")], settings).AlarmPeriods);

        var periods = AlarmSimulator.Simulate([At("10:05:00"), At("10:10:00")], settings).AlarmPeriods;
        // Windows ending at 10:10 and 10:15 both still hold the two breaching periods; the one ending 10:20 only one.
        Assert.Equal([Day.AddHours(10).AddMinutes(10), Day.AddHours(10).AddMinutes(15)], periods.Select(p => p.PeriodStart));
        Assert.Equal(2, periods[0].Events.Count);
        Assert.Null(periods[1].Value);
    }

    [Fact]
    public void Missing_data_treated_as_breaching_fills_the_gaps()
    {
        var settings = AlarmSettings.Cis with { EvaluationPeriods = 3, DatapointsToAlarm = 3, TreatMissingData = MissingData.Breaching };
        var periods = AlarmSimulator.Simulate([At("10:00:00")], settings).AlarmPeriods;
        Assert.Equal(3, periods.Count);

        var notBreaching = settings with { TreatMissingData = MissingData.NotBreaching };
        Assert.Empty(AlarmSimulator.Simulate([At("10:00:00")], notBreaching).AlarmPeriods);
    }

    [Fact]
    public void Ignore_keeps_the_alarm_state_through_empty_windows_and_missing_does_not()
    {
        var ignore = AlarmSettings.Cis with { TreatMissingData = MissingData.Ignore };
        var kept = AlarmSimulator.Simulate([At("10:00:00"), At("10:20:00")], ignore).AlarmPeriods;
        Assert.Equal(5, kept.Count);

        var missing = AlarmSettings.Cis with { TreatMissingData = MissingData.Missing };
        Assert.Equal(2, AlarmSimulator.Simulate([At("10:00:00"), At("10:20:00")], missing).AlarmPeriods.Count);
    }

    [Fact]
    public void Field_values_are_summed_and_other_statistics_are_computed_per_period()
    {
        var events = new[] { At("10:00:00", 5), At("10:01:00", 2), At("10:02:00", 8) };
        double ValueFor(AlarmStatistic s) => AlarmSimulator.Simulate(events, AlarmSettings.Cis with { Statistic = s }).AlarmPeriods.Single().Value!.Value;
        Assert.Equal(15, ValueFor(AlarmStatistic.Sum));
        Assert.Equal(5, ValueFor(AlarmStatistic.Average));
        Assert.Equal(2, ValueFor(AlarmStatistic.Minimum));
        Assert.Equal(8, ValueFor(AlarmStatistic.Maximum));
        Assert.Equal(3, ValueFor(AlarmStatistic.SampleCount));
    }

    [Fact]
    public void Matches_without_time_or_value_are_not_counted_and_are_reported_as_unplaced()
    {
        var noTime = new ScanMatch("rule", "x", "StopLogging", null, "f", 1, 1, 1);
        var result = AlarmSimulator.Simulate([noTime, At("10:00:00", null)], AlarmSettings.Cis);
        Assert.Empty(result.AlarmPeriods);
        Assert.Equal(2, result.Unplaced);
    }

    [Fact]
    public void A_one_hour_period_aligns_to_the_hour()
    {
        var period = Assert.Single(AlarmSimulator.Simulate([At("10:59:59")], AlarmSettings.Cis with { PeriodSeconds = 3600 }).AlarmPeriods);
        Assert.Equal(Day.AddHours(10), period.PeriodStart);
    }

    [Theory]
    [InlineData(45, 1, 1)]
    [InlineData(300, 0, 1)]
    [InlineData(300, 2, 3)]
    public void Settings_cloudwatch_would_refuse_are_rejected(int period, int evaluationPeriods, int datapoints)
    {
        var settings = AlarmSettings.Cis with { PeriodSeconds = period, EvaluationPeriods = evaluationPeriods, DatapointsToAlarm = datapoints };
        Assert.NotNull(settings.Problem());
        Assert.Throws<ArgumentException>(() => AlarmSimulator.Simulate([], settings));
    }
}
