using TrailAlarm.Scanning;

namespace TrailAlarm.Simulation;

/// <summary>
/// The datapoints that fell into one period, aggregated as CloudWatch would for the alarm's statistic. Periods are
/// aligned to the Unix epoch: a 300 s period starts at a multiple of 300 seconds since 1970-01-01T00:00:00Z.
/// </summary>
public sealed class MetricPeriod(long startSeconds)
{
    private readonly List<ScanMatch> events = [];
    private double sum;
    private double min = double.PositiveInfinity;
    private double max = double.NegativeInfinity;

    public long StartSeconds { get; } = startSeconds;

    public IReadOnlyList<ScanMatch> Events => events;

    public static long AlignedStart(DateTimeOffset time, int periodSeconds)
    {
        var seconds = time.ToUnixTimeSeconds();
        return seconds - (((seconds % periodSeconds) + periodSeconds) % periodSeconds);
    }

    public void Add(ScanMatch match, double value)
    {
        events.Add(match);
        sum += value;
        min = Math.Min(min, value);
        max = Math.Max(max, value);
    }

    public double Statistic(AlarmStatistic statistic) => statistic switch
    {
        AlarmStatistic.Sum => sum,
        AlarmStatistic.Average => sum / events.Count,
        AlarmStatistic.Minimum => min,
        AlarmStatistic.Maximum => max,
        _ => events.Count,
    };
}
