using TrailAlarm.Aws.Protocol;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Units;

/// <summary>The LookupEvents pace (2 a second, no burst beyond one) read off a clock that only the test moves.</summary>
public class TokenBucketTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

    private TokenBucket LookupEventsPace() => new(perSecond: 2, burst: 1, clock);

    [Fact]
    public void The_first_call_goes_at_once()
        => Assert.Equal(TimeSpan.Zero, LookupEventsPace().Take());

    [Fact]
    public void Calls_arriving_together_are_spread_half_a_second_apart()
    {
        var pace = LookupEventsPace();

        var waits = Enumerable.Range(0, 5).Select(_ => pace.Take()).ToList();

        Assert.Equal([0, 500, 1000, 1500, 2000], waits.Select(w => (int)w.TotalMilliseconds));
    }

    [Fact]
    public void Calls_half_a_second_apart_never_wait()
    {
        var pace = LookupEventsPace();

        var waits = Enumerable.Range(0, 6).Select(_ =>
        {
            var wait = pace.Take();
            clock.Advance(TimeSpan.FromMilliseconds(500));
            return wait;
        });

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
    }

    [Fact]
    public void A_long_pause_saves_up_no_more_than_one_call()
    {
        var pace = LookupEventsPace();
        pace.Take();

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.Zero, pace.Take());
        Assert.Equal(TimeSpan.FromMilliseconds(500), pace.Take());
    }

    [Fact]
    public void In_any_second_at_most_two_calls_start()
    {
        var pace = LookupEventsPace();
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 40; i++)
        {
            starts.Add(clock.GetUtcNow() + pace.Take());
            clock.Advance(TimeSpan.FromMilliseconds(i % 3 == 0 ? 0 : 130));
        }

        Assert.All(starts, s => Assert.True(starts.Count(t => t >= s && t < s.AddSeconds(1)) <= 2, $"more than 2 calls in the second from {s:O}"));
    }

    [Fact]
    public void A_burst_of_two_lets_two_go_at_once_and_then_paces()
    {
        var pace = new TokenBucket(perSecond: 2, burst: 2, clock);

        var waits = Enumerable.Range(0, 4).Select(_ => pace.Take()).ToList();

        Assert.Equal([0, 0, 500, 1000], waits.Select(w => (int)w.TotalMilliseconds));
    }
}
