using Amazon.Runtime;
using TrailAlarm.Aws.Sts;

namespace TrailAlarm.Aws;

/// <summary>The keys of an assumed role, assumed again before they expire. A multi-account run may spend longer in one
/// account than a role session lasts (an hour at most when the caller is itself a role), so every request asks for
/// the keys and gets fresh ones once fewer than <see cref="RefreshBefore"/> remain.</summary>
internal sealed class AssumedRoleCredentials : AWSCredentials, IDisposable
{
    /// <summary>Fresh keys are fetched this long before the current ones expire, so a request signed just before the
    /// refresh still reaches AWS in time.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly Func<CancellationToken, Task<AssumedRole>> assume;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Current current;

    public AssumedRoleCredentials(AssumedRole first, Func<CancellationToken, Task<AssumedRole>> assume, TimeProvider time)
    {
        this.assume = assume;
        this.time = time;
        current = new Current(first);
    }

    public override ImmutableCredentials GetCredentials() => GetCredentialsAsync().GetAwaiter().GetResult();

    public override async Task<ImmutableCredentials> GetCredentialsAsync()
    {
        var now = current;
        if (!now.IsDue(time))
        {
            return now.Keys;
        }

        await refreshing.WaitAsync().ConfigureAwait(false);
        try
        {
            if (current.IsDue(time))
            {
                current = new Current(await assume(CancellationToken.None).ConfigureAwait(false));
            }

            return current.Keys;
        }
        finally
        {
            refreshing.Release();
        }
    }

    public void Dispose() => refreshing.Dispose();

    private sealed class Current(AssumedRole role)
    {
        public ImmutableCredentials Keys { get; } = new(role.Keys.AccessKeyId, role.Keys.SecretAccessKey, role.Keys.SessionToken);

        public bool IsDue(TimeProvider time) => role.Expiration is { } expiration && time.GetUtcNow() >= expiration - RefreshBefore;
    }
}
