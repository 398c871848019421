using System.Collections.Concurrent;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Snapshot;

/// <summary>Runs reads and turns every failed or denied call into a <see cref="Gap"/>; never lets one stop the rest.</summary>
internal sealed class GapRecorder
{
    private readonly ConcurrentQueue<Gap> gaps = new();

    public IReadOnlyList<Gap> Gaps => gaps.OrderBy(g => g.Call, StringComparer.Ordinal).ThenBy(g => g.Region, StringComparer.Ordinal).ThenBy(g => g.Resource, StringComparer.Ordinal).ToList();

    public void Add(Gap gap) => gaps.Enqueue(gap);

    /// <summary>The call's result, or default after recording a gap. NotFound is returned as default without a gap
    /// when <paramref name="notFoundIsAnswer"/> (the thing does not exist: that is an answer, not a gap).</summary>
    public async Task<T?> TryAsync<T>(string call, string region, string? resource, Func<Task<T>> read, bool notFoundIsAnswer = false)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (AwsApiException e) when (notFoundIsAnswer && e.Kind == AwsErrorKind.NotFound)
        {
            return null;
        }
        catch (AwsApiException e)
        {
            Add(new Gap(call, region, e.Code, e.AwsMessage, resource));
            return null;
        }
        catch (HttpRequestException e)
        {
            Add(new Gap(call, region, "Unreachable", e.Message, resource));
            return null;
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            Add(new Gap(call, region, "Timeout", e.Message, resource));
            return null;
        }
    }
}
