using System.Collections.Concurrent;
using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.Tests.Faults;

namespace TrailAlarm.Aws.Tests.Units;

/// <summary>LookupEvents calls of one client wait their turn on the session's clock, two a second; other CloudTrail
/// calls do not.</summary>
public class LookupEventsPacingTests
{
    [Fact]
    public async Task Three_pages_read_at_one_instant_wait_half_a_second_then_a_second()
    {
        using var server = new CannedServer(_ => HttpWire.Response(200, "application/x-amz-json-1.1", """{"Events":[]}"""));
        var clock = new StoppedClock();
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint), clock);
        var cloudTrail = session.CloudTrail();

        for (var page = 0; page < 3; page++)
        {
            await cloudTrail.LookupEventsAsync(new LookupEventsRequest { MaxResults = 50 });
        }

        await cloudTrail.DescribeAllTrailsAsync();

        Assert.Equal([500, 1000], clock.ShortWaits.Select(w => (int)w.TotalMilliseconds).Order());
        Assert.Equal(4, server.Seen.Count);
    }

    [Fact]
    public async Task Each_region_has_its_own_pace()
    {
        using var server = new CannedServer(_ => HttpWire.Response(200, "application/x-amz-json-1.1", """{"Events":[]}"""));
        var clock = new StoppedClock();
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint), clock);

        await session.CloudTrail("us-east-1").LookupEventsAsync(new LookupEventsRequest());
        await session.CloudTrail("eu-west-1").LookupEventsAsync(new LookupEventsRequest());

        Assert.Empty(clock.ShortWaits);
    }

    /// <summary>A clock standing still that notes every wait shorter than a call's time bound and ends it at once, so
    /// the pace is read off the waits it asks for instead of off a stopwatch.</summary>
    private sealed class StoppedClock : TimeProvider
    {
        private static readonly TimeSpan Short = TimeSpan.FromSeconds(10);
        private readonly DateTimeOffset now = DateTimeOffset.UtcNow;
        private readonly ConcurrentQueue<TimeSpan> shortWaits = new();

        public IReadOnlyList<TimeSpan> ShortWaits => shortWaits.ToList();

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime > TimeSpan.Zero && dueTime < Short)
            {
                shortWaits.Enqueue(dueTime);
                dueTime = TimeSpan.Zero;
            }

            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
