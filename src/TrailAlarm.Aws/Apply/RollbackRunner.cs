using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// Undoes an apply from its journal, newest entry first: deletes only what it created and restores what it changed.
/// Entries already rolled back are skipped and every undo looks before it acts, so running it again is harmless.
/// </summary>
public sealed class RollbackRunner(AwsSession session, CallGate gate, TimeProvider time)
{
    /// <returns>The addresses undone, newest first.</returns>
    public async Task<IReadOnlyList<string>> RollbackAsync(string journalPath, CancellationToken ct = default)
    {
        var journal = JournalFile.Load(journalPath);
        var probe = new ResourceProbe(session, gate);
        var undo = new ResourceUndo(session, gate, probe, new ResourceWriter(session, gate, probe, journal.Account));
        var entries = journal.Entries.ToList();
        var undone = new List<string>();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (entry.Inverse == InverseActions.None || entry.Phase is JournalPhases.RolledBack or JournalPhases.AlreadyDone)
            {
                continue;
            }

            await undo.UndoAsync(entry, ct).ConfigureAwait(false);
            entries[i] = entry with { Phase = JournalPhases.RolledBack, At = time.GetUtcNow() };
            JournalFile.Save(journalPath, journal with { Entries = [.. entries] });
            undone.Add(entry.Address);
        }

        return undone;
    }
}
