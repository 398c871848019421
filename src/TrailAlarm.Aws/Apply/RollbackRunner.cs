using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// What a rollback undid (newest first), what it left alone because it changed after the apply, and what AWS would
/// not let it undo without destroying data of others (<see cref="LeftInPlaceException"/>).
/// </summary>
public sealed record RollbackReport(IReadOnlyList<string> Undone, IReadOnlyList<(string Address, string Why)> LeftAlone)
{
    public IReadOnlyList<(string Address, string Why)> LeftInPlace { get; init; } = [];

    public bool Complete => LeftAlone.Count == 0 && LeftInPlace.Count == 0;
}

/// <summary>
/// Undoes an apply from its journal, newest entry first: deletes only what it created and restores what it changed.
/// Before each undo the resource is read: one that is no longer as the apply left it is left alone (named, with
/// what moved) unless forced, and the rest is still undone. Entries already rolled back are skipped, so running it
/// again is harmless.
/// </summary>
public sealed class RollbackRunner(AwsSession session, CallGate gate, TimeProvider time)
{
    public async Task<RollbackReport> RollbackAsync(string journalPath, bool force = false, CancellationToken ct = default)
    {
        var journal = JournalFile.Load(journalPath);
        var handlers = new KindHandlers(session, gate, journal.Account);
        var entries = journal.Entries.ToList();
        var undone = new List<string>();
        var leftAlone = new List<(string, string)>();
        var leftInPlace = new List<(string, string)>();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (entry.Inverse == InverseAction.None || entry.Phase is JournalPhase.RolledBack or JournalPhase.AlreadyDone)
            {
                continue;
            }

            string moved;
            try
            {
                moved = await UndoAsync(handlers.For(entry.Kind), entry, force, ct).ConfigureAwait(false);
            }
            catch (LeftInPlaceException e)
            {
                entries[i] = entry with { Phase = JournalPhase.LeftAlone, At = time.GetUtcNow(), Error = e.Message };
                JournalFile.Save(journalPath, journal with { Entries = [.. entries] });
                leftInPlace.Add((entry.Address, e.Message));
                continue;
            }

            entries[i] = moved.Length > 0
                ? entry with { Phase = JournalPhase.LeftAlone, At = time.GetUtcNow(), Error = moved }
                : entry with { Phase = JournalPhase.RolledBack, At = time.GetUtcNow(), Error = null };
            JournalFile.Save(journalPath, journal with { Entries = [.. entries] });
            if (moved.Length > 0)
            {
                leftAlone.Add((entry.Address, moved));
            }
            else
            {
                undone.Add(entry.Address);
            }
        }

        return new RollbackReport(undone, leftAlone) { LeftInPlace = leftInPlace };
    }

    /// <returns>What moved when the entry was left alone, else "".</returns>
    private static async Task<string> UndoAsync(KindHandler handler, JournalEntry entry, bool force, CancellationToken ct)
    {
        var current = await handler.ReadAsync(entry.Region, entry.After ?? entry.Before ?? new Dictionary<string, string>(), ct).ConfigureAwait(false);
        if (current is null || (entry.Inverse == InverseAction.Restore && handler.IsRestored(entry, current)))
        {
            return ""; // gone, or already back: nothing to undo
        }

        if (!force && handler.Moved(entry, current) is { Length: > 0 } moved)
        {
            return moved;
        }

        await (entry.Inverse == InverseAction.Delete ? handler.DeleteAsync(entry, current, ct) : handler.RestoreAsync(entry, current, ct)).ConfigureAwait(false);
        return "";
    }
}
