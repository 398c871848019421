namespace TrailAlarm.Scanning;

/// <summary>
/// Scans log units in parallel and hands back their results strictly in the order the source listed them, so the
/// output is the same on one core or many. At most a few units per worker wait, finished, for their turn.
/// </summary>
public sealed class ScanRunner
{
    private readonly CompiledRules compiled;
    private readonly ScanWindow window;
    private readonly int parallelism;

    public ScanRunner(IReadOnlyList<ScanRule> rules, ScanWindow window, int parallelism)
    {
        compiled = new CompiledRules(rules);
        this.window = window;
        this.parallelism = Math.Max(1, parallelism);
    }

    /// <summary>Scans every unit; <paramref name="onResult"/> sees each unit's result in listing order.</summary>
    public async Task<ScanSummary> RunAsync(IAsyncEnumerable<ILogUnit> units, Action<UnitResult> onResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(onResult);
        var tally = new Tally(onResult);
        using var workers = new SemaphoreSlim(parallelism);
        var pending = new Queue<Task<UnitResult>>();
        await foreach (var unit in units.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Finished units are handed on as soon as their turn comes, so their matches are not held longer.
            while (pending.Count >= parallelism * 4 || (pending.Count > 0 && pending.Peek().IsCompleted))
            {
                tally.Add(await pending.Dequeue().ConfigureAwait(false));
            }

            pending.Enqueue(ScanOneAsync(unit, workers, cancellationToken));
        }

        while (pending.Count > 0)
        {
            tally.Add(await pending.Dequeue().ConfigureAwait(false));
        }

        return tally.Summary();
    }

    /// <summary>Scans one unit on the calling thread (watch, tests).</summary>
    public async Task<UnitResult> ScanAsync(ILogUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var scan = new UnitScan(unit.Name, compiled, window);
        var incomplete = false;
        try
        {
            await unit.ReadAsync(scan, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One unreadable unit (permissions, network, a reader bug) must not stop the others.
            scan.Error(new ReadError(unit.Name, 0, 0, $"could not be read: {e.Message}"));
            incomplete = true;
        }

        scan.Close();

        return new UnitResult(unit.Name, scan.Matches, scan.Errors, scan.Events, scan.Skipped, scan.Lines, unit.ContinuesPrevious) { Incomplete = incomplete, NotRead = unit.NotRead };
    }

    private async Task<UnitResult> ScanOneAsync(ILogUnit unit, SemaphoreSlim workers, CancellationToken cancellationToken)
    {
        await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => ScanAsync(unit, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            workers.Release();
        }
    }

    private sealed class Tally(Action<UnitResult> onResult)
    {
        private readonly List<ReadError> errors = [];
        private long events, matched, skipped, lineOffset, ordinalOffset;
        private int files;

        public void Add(UnitResult result)
        {
            if (result.ContinuesPrevious)
            {
                result = result.ShiftedBy(lineOffset, ordinalOffset);
            }
            else if (!result.NotRead)
            {
                files++;
                lineOffset = ordinalOffset = 0;
            }

            lineOffset += result.Lines;
            ordinalOffset += result.Events;
            events += result.Events;
            matched += result.Matches.Count;
            skipped += result.Skipped;
            errors.AddRange(result.Errors);
            onResult(result);
        }

        public ScanSummary Summary() => new(events, matched, files, skipped, errors);
    }
}
