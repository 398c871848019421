using System.Runtime.CompilerServices;

namespace TrailAlarm.Aws.Athena;

/// <summary>Where an Athena query runs: the workgroup, and the result location unless the workgroup sets one.</summary>
public sealed record AthenaTarget(string WorkGroup, string? OutputLocation = null, string? Database = null);

/// <summary>How a finished query ended, with what Athena billed it for.</summary>
public sealed record AthenaOutcome(string QueryId, string State, string? Reason, long? DataScannedBytes, long? EngineMillis)
{
    public bool Succeeded => State == "SUCCEEDED";
}

/// <summary>
/// One Athena query from start to results: StartQueryExecution, GetQueryExecution with back-off until it ends,
/// GetQueryResults page by page. A cancelled wait or read stops the query (StopQueryExecution) before giving up,
/// so Ctrl-C never leaves a query scanning, and billing, on its own.
/// </summary>
public sealed class AthenaQueryRun(AthenaClient client, TimeProvider? time = null)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(5);
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public async Task<string> StartAsync(string sql, AthenaTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = await client.StartQueryExecutionAsync(new StartQueryExecutionRequest
        {
            QueryString = sql,
            ClientRequestToken = Guid.NewGuid().ToString("D"),
            WorkGroup = target.WorkGroup,
            QueryExecutionContext = target.Database is null ? null : new QueryExecutionContext { Database = target.Database },
            ResultConfiguration = target.OutputLocation is null ? null : new ResultConfiguration { OutputLocation = target.OutputLocation },
        }, cancellationToken).ConfigureAwait(false);
        return started.QueryExecutionId ?? throw new InvalidOperationException("StartQueryExecution answered without a QueryExecutionId");
    }

    /// <summary>Polls until the query has ended (succeeded, failed or cancelled), waiting longer each time.</summary>
    public async Task<AthenaOutcome> WaitAsync(string queryId, CancellationToken cancellationToken = default)
    {
        var delay = FirstPoll;
        while (true)
        {
            var execution = await StopOnCancel(queryId, ct => client.GetQueryExecutionAsync(new QueryExecutionIdRequest { QueryExecutionId = queryId }, ct), cancellationToken).ConfigureAwait(false);
            var status = execution.QueryExecution?.Status;
            var state = status?.State ?? "UNKNOWN";
            if (state is "SUCCEEDED" or "FAILED" or "CANCELLED")
            {
                var stats = execution.QueryExecution?.Statistics;
                return new AthenaOutcome(queryId, state, status?.AthenaError?.ErrorMessage ?? status?.StateChangeReason, stats?.DataScannedInBytes, stats?.EngineExecutionTimeInMillis);
            }

            await StopOnCancel(queryId, ct => SleepAsync(delay, ct), cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestPoll.Ticks));
        }
    }

    /// <summary>The result rows (the header row left out), each as its cells' text, page by page.</summary>
    public async IAsyncEnumerable<IReadOnlyList<string?>> RowsAsync(string queryId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? token = null;
        var first = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = await StopOnCancel(queryId, ct => client.GetQueryResultsAsync(new GetQueryResultsRequest { QueryExecutionId = queryId, NextToken = token, MaxResults = 1000 }, ct), cancellationToken).ConfigureAwait(false);
            var rows = page.ResultSet?.Rows ?? [];
            foreach (var row in first ? rows.Skip(1) : rows)
            {
                yield return row.Data.Select(d => d.VarCharValue).ToList();
            }

            first = false;
            token = page.NextToken;
            if (!string.IsNullOrEmpty(token) && !seen.Add(token))
            {
                throw new InvalidOperationException("GetQueryResults returned a page token it had already given");
            }
        }
        while (!string.IsNullOrEmpty(token));
    }

    private async Task<bool> SleepAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs one call; if the caller cancels meanwhile, asks Athena to stop the query, then gives up.</summary>
    private async Task<T> StopOnCancel<T>(string queryId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await client.StopQueryExecutionAsync(new QueryExecutionIdRequest { QueryExecutionId = queryId }, grace.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is AwsApiException or HttpRequestException or OperationCanceledException)
            {
                // The query may have ended meanwhile, or AWS is out of reach: the cancellation still stands.
            }

            throw;
        }
    }
}
