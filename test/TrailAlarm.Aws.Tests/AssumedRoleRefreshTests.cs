using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>An assumed-role session assumes its role again when its keys near expiry, and only then.</summary>
[Collection(MotoCollection.Name)]
public class AssumedRoleRefreshTests(MotoServer moto)
{
    private int assumeRoleCalls;

    [Fact]
    public async Task Keys_with_more_than_five_minutes_left_are_used_as_they_are()
    {
        var clock = new ManualClock();
        using var caller = await CallerAsync(clock);
        using var member = await caller.AssumeRoleAsync(MotoServer.NewAccountId(), "Audit");
        var expiration = await ExpirationAsync(caller);

        clock.Set(expiration - TimeSpan.FromMinutes(6));
        await member.CloudTrail().DescribeAllTrailsAsync();

        Assert.Equal(2, Volatile.Read(ref assumeRoleCalls)); // the session's own and the probe's
    }

    [Fact]
    public async Task Keys_with_less_than_five_minutes_left_are_replaced_by_a_second_AssumeRole_and_the_new_ones_work()
    {
        var clock = new ManualClock();
        var account = MotoServer.NewAccountId();
        using var caller = await CallerAsync(clock);
        using var member = await caller.AssumeRoleAsync(account, "Audit");
        await member.CloudTrail().DescribeAllTrailsAsync();
        var expiration = await ExpirationAsync(caller);
        var before = Volatile.Read(ref assumeRoleCalls);

        clock.Set(expiration - TimeSpan.FromMinutes(4));
        await member.CloudTrail().DescribeAllTrailsAsync();
        var afterRefresh = Volatile.Read(ref assumeRoleCalls);

        // moto dates the fresh keys by its own, real, clock: seen from the moved clock they are near expiry too (so
        // the call above may have assumed the role more than once); back in real time they are good for an hour.
        clock.Set(DateTimeOffset.UtcNow);
        var identity = await member.Sts().GetCallerIdentityAsync();
        await member.CloudTrail().DescribeAllTrailsAsync();

        Assert.True(afterRefresh > before, "the role was not assumed again");
        Assert.Equal(afterRefresh, Volatile.Read(ref assumeRoleCalls));
        Assert.Equal(account, identity.Account);
        Assert.Contains("assumed-role/Audit/", identity.Arn, StringComparison.Ordinal);
    }

    private Task<AwsSession> CallerAsync(ManualClock clock)
        => AwsSession.CreateAsync(
            MotoAws.Settings(moto.Endpoint, MotoServer.NewAccountId()) with
            {
                OnCall = (service, operation) =>
                {
                    if (service == "sts" && operation == "AssumeRole")
                    {
                        Interlocked.Increment(ref assumeRoleCalls);
                    }
                },
            },
            clock);

    /// <summary>When moto's keys expire: those of the session are issued a moment earlier, for the same duration.</summary>
    private static async Task<DateTimeOffset> ExpirationAsync(AwsSession caller)
    {
        var probe = await caller.Sts().AssumeRoleAsync(caller.Partition.RoleArn(MotoServer.NewAccountId(), "Probe"), "probe");
        return probe.Expiration ?? throw new InvalidOperationException("moto gave no expiration");
    }
}
