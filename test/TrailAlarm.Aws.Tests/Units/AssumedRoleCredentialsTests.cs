using TrailAlarm.Aws.Sts;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Units;

/// <summary>When the assumed-role keys are fetched again, by the clock alone (no AWS: the role is "assumed" by a
/// counter that hands out keys valid for an hour).</summary>
public class AssumedRoleCredentialsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(Start);
    private int assumed;

    [Fact]
    public async Task The_first_keys_serve_until_five_minutes_before_they_expire()
    {
        using var credentials = Credentials();

        clock.Set(Start.AddMinutes(54));
        var keys = await credentials.GetCredentialsAsync();

        Assert.Equal("key-0", keys.AccessKey);
        Assert.Equal(0, assumed);
    }

    [Fact]
    public async Task Inside_the_last_five_minutes_the_role_is_assumed_again_once_and_the_new_keys_kept()
    {
        using var credentials = Credentials();

        clock.Set(Start.AddMinutes(56));
        var refreshed = await credentials.GetCredentialsAsync();
        var again = await credentials.GetCredentialsAsync();

        Assert.Equal("key-1", refreshed.AccessKey);
        Assert.Equal("key-1", again.AccessKey);
        Assert.Equal(1, assumed);
    }

    [Fact]
    public async Task Requests_that_find_the_keys_due_together_share_one_AssumeRole()
    {
        using var credentials = Credentials(TimeSpan.FromMilliseconds(50));

        clock.Set(Start.AddMinutes(58));
        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(credentials.GetCredentialsAsync)));

        Assert.All(all, k => Assert.Equal("key-1", k.AccessKey));
        Assert.Equal(1, assumed);
    }

    [Fact]
    public async Task Keys_without_an_expiration_are_never_fetched_again()
    {
        using var credentials = new AssumedRoleCredentials(new AssumedRole(new AwsKeys("key-0", "secret", "token"), null, null), _ => throw new InvalidOperationException("assumed again"), clock);

        clock.Set(Start.AddDays(2));

        Assert.Equal("key-0", (await credentials.GetCredentialsAsync()).AccessKey);
    }

    private AssumedRoleCredentials Credentials(TimeSpan? answerAfter = null)
        => new(Role(0), async ct =>
        {
            await Task.Delay(answerAfter ?? TimeSpan.Zero, ct);
            return Role(Interlocked.Increment(ref assumed));
        }, clock);

    private AssumedRole Role(int n) => new(new AwsKeys($"key-{n}", "secret", "token"), clock.GetUtcNow().AddHours(1), null);
}
