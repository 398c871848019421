using System.Collections.Concurrent;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// Every AWS call of apply and rollback passes here, named as IAM names it (service:Action). The gate remembers the
/// calls made (the permissions tests compare them with the published policies), waits out IAM propagation for a
/// write refused because its role is too new (<see cref="RolePropagationWait"/>) and, after each mutating call,
/// runs an optional hook: tests use it to interrupt an apply at a chosen point, as a crash would.
/// </summary>
public sealed class CallGate
{
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);
    private readonly Func<string, int, CancellationToken, Task>? afterMutation;
    private int mutations;

    /// <param name="afterMutation">Runs after the Nth mutating call (1-based) succeeds, before anything is journalled.</param>
    public CallGate(Func<string, int, CancellationToken, Task>? afterMutation = null) => this.afterMutation = afterMutation;

    public IReadOnlyCollection<string> Calls => calls.Keys.ToList();

    public RolePropagationWait PropagationWait { get; init; } = RolePropagationWait.Default;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Told each time a write waits for IAM, so a person watching knows why nothing seems to happen.</summary>
    public Action<string>? Progress { get; init; }

    public int Mutations => mutations;

    public Task<T> ReadAsync<T>(string action, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        calls.TryAdd(action, 0);
        return call();
    }

    public async Task<T> MutateAsync<T>(string action, Func<Task<T>> call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        calls.TryAdd(action, 0);
        var result = await WaitingForIamAsync(action, call, ct).ConfigureAwait(false);
        var n = Interlocked.Increment(ref mutations);
        if (afterMutation is not null)
        {
            await afterMutation(action, n, ct).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<T> WaitingForIamAsync<T>(string action, Func<Task<T>> call, CancellationToken ct)
    {
        var started = Time.GetTimestamp();
        for (var retry = 1; ; retry++)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (AwsApiException e) when (RolePropagationWait.IsRefusedRole(e))
            {
                var waited = Time.GetElapsedTime(started);
                var pause = PropagationWait.PauseBefore(retry);
                if (waited + pause > PropagationWait.Limit)
                {
                    Progress?.Invoke($"{action}: the role is still refused ({e.Code}) after {Seconds(waited)} of waiting for IAM to propagate; giving up");
                    throw;
                }

                Progress?.Invoke($"{action}: waiting for IAM to propagate the new role ({e.Code}); retrying in {Seconds(pause)} ({Seconds(waited)} of at most {Seconds(PropagationWait.Limit)} so far)");
                await Task.Delay(pause, Time, ct).ConfigureAwait(false);
            }
        }
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.#" : "0", System.Globalization.CultureInfo.InvariantCulture) + " s";

    /// <summary>Runs a call whose "not found" answer means there is nothing to read or undo.</summary>
    public static async Task<T?> OrNullWhenMissing<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AwsApiException e) when (e.Kind == AwsErrorKind.NotFound)
        {
            return null;
        }
    }
}
