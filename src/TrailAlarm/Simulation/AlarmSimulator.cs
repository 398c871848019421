using TrailAlarm.Scanning;

namespace TrailAlarm.Simulation;

/// <summary>One evaluation that put the alarm in ALARM: the period it ended on, its value and the events behind it.</summary>
public sealed record AlarmPeriod(DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, double? Value, IReadOnlyList<ScanMatch> Events);

/// <param name="AlarmPeriods">Every evaluation period at whose end the alarm is in ALARM, in time order.</param>
/// <param name="Unplaced">Matches without an eventTime or without a metric value: CloudWatch would not count them.</param>
public sealed record SimulationResult(IReadOnlyList<AlarmPeriod> AlarmPeriods, int Unplaced);

/// <summary>
/// Replays the metric a metric filter would publish for the given matches and evaluates the alarm at the end of every
/// period, as CloudWatch does: the statistic per period, the last N periods, M of them breaching, TreatMissingData.
/// Pure: same matches and settings, same answer.
/// </summary>
public static class AlarmSimulator
{
    public static SimulationResult Simulate(IEnumerable<ScanMatch> matches, AlarmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        var periods = new SortedDictionary<long, MetricPeriod>();
        var unplaced = 0;
        foreach (var match in matches)
        {
            if (match.EventTime is not { } time || match.Value is not { } value)
            {
                unplaced++;
                continue;
            }

            var start = MetricPeriod.AlignedStart(time, settings.PeriodSeconds);
            if (!periods.TryGetValue(start, out var period))
            {
                periods[start] = period = new MetricPeriod(start);
            }

            period.Add(match, value);
        }

        return new SimulationResult(Evaluate(periods, settings), unplaced);
    }

    private static List<AlarmPeriod> Evaluate(SortedDictionary<long, MetricPeriod> periods, AlarmSettings settings)
    {
        var alarms = new List<AlarmPeriod>();
        if (periods.Count == 0)
        {
            return alarms;
        }

        long step = settings.PeriodSeconds;
        var first = periods.Keys.First();
        // Windows that still hold a datapoint end at most N-1 periods after the last one.
        var last = periods.Keys.Last() + (step * (settings.EvaluationPeriods - 1));
        var state = AlarmState.InsufficientData;
        for (var end = first; end <= last; end += step)
        {
            var window = new WindowTally(settings);
            for (var k = end - (step * (settings.EvaluationPeriods - 1)); k <= end; k += step)
            {
                window.Add(periods.GetValueOrDefault(k));
            }

            state = window.Decide(state);
            if (state == AlarmState.Alarm)
            {
                var value = periods.TryGetValue(end, out var current) ? current.Statistic(settings.Statistic) : (double?)null;
                alarms.Add(new AlarmPeriod(DateTimeOffset.FromUnixTimeSeconds(end), DateTimeOffset.FromUnixTimeSeconds(end + step), value, window.BreachingEvents));
            }
        }

        return alarms;
    }

    private sealed class WindowTally(AlarmSettings settings)
    {
        private int present;
        private int breaching;
        private int missing;

        public List<ScanMatch> BreachingEvents { get; } = [];

        public void Add(MetricPeriod? period)
        {
            if (period is null)
            {
                missing++;
                return;
            }

            present++;
            if (settings.Breaches(period.Statistic(settings.Statistic)))
            {
                breaching++;
                BreachingEvents.AddRange(period.Events);
            }
        }

        public AlarmState Decide(AlarmState previous)
        {
            var m = settings.DatapointsToAlarm;
            return settings.TreatMissingData switch
            {
                MissingData.Breaching => breaching + missing >= m ? AlarmState.Alarm : AlarmState.Ok,
                MissingData.NotBreaching => breaching >= m ? AlarmState.Alarm : AlarmState.Ok,
                MissingData.Ignore when present == 0 => previous,
                MissingData.Missing when present == 0 => AlarmState.InsufficientData,
                _ => breaching >= m ? AlarmState.Alarm : AlarmState.Ok,
            };
        }
    }
}
