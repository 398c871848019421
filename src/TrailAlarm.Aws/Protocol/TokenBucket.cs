namespace TrailAlarm.Aws.Protocol;

/// <summary>Paces calls to a documented request rate: <c>perSecond</c> tokens a second, at most <c>burst</c> saved up.
/// A caller that finds no token takes the next one on credit and waits until it would have been there, so callers
/// that arrive together are spread out in arrival order. Kept as the time the next token is due (whole ticks, so the
/// spacing is exact), which is the same bucket without a fractional token count.</summary>
internal sealed class TokenBucket
{
    private readonly TimeSpan interval;
    private readonly TimeSpan savedUp;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private DateTimeOffset nextDue;

    public TokenBucket(double perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        interval = TimeSpan.FromSeconds(1 / perSecond);
        savedUp = interval * (burst - 1);
        this.time = time;
        nextDue = time.GetUtcNow();
    }

    /// <summary>Takes a token; returns how long to wait before using it (zero when one was there).</summary>
    public TimeSpan Take()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var due = nextDue > now ? nextDue : now;
            nextDue = due + interval;
            var start = due - savedUp;
            return start > now ? start - now : TimeSpan.Zero;
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Take();
        return wait == TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }
}
