using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// Appends to a journal file, rewriting it durably (flushed, then renamed into place) on every entry and outcome.
/// An existing journal of the same account is continued, so resuming an apply keeps one record of it.
/// </summary>
internal sealed class JournalWriter
{
    private readonly string path;
    private readonly TimeProvider time;
    private readonly List<JournalEntry> entries;
    private Journal journal;

    public JournalWriter(string path, string account, TimeProvider time)
    {
        this.path = path;
        this.time = time;
        journal = File.Exists(path) ? JournalFile.Load(path) : new Journal { Account = account, StartedAt = time.GetUtcNow() };
        if (journal.Account != account)
        {
            throw new RemediationFileException($"journal '{path}' belongs to account {journal.Account}, not {account}; choose another --journal file");
        }

        entries = [.. journal.Entries];
    }

    /// <summary>The entry of an earlier, interrupted attempt at this address (intent written, no outcome), if any.</summary>
    public JournalEntry? Unfinished(string address)
        => entries.LastOrDefault(e => e.Address == address) is { Phase: JournalPhase.Intent or JournalPhase.Failed } entry ? entry : null;

    public int Record(Change change, JournalPhase phase, ResourceState? current, InverseAction inverse)
    {
        var sequence = entries.Count + 1;
        entries.Add(new JournalEntry
        {
            Sequence = sequence,
            Address = change.Address,
            Kind = change.Kind,
            Region = change.Region,
            Action = change.Action,
            Phase = phase,
            At = time.GetUtcNow(),
            Before = current?.Attributes,
            After = change.After,
            RawBefore = current?.Raw,
            Inverse = inverse,
        });
        Save();
        return sequence;
    }

    public void Complete(int sequence, JournalPhase phase, IReadOnlyDictionary<string, string> outcome, string? error)
    {
        var index = entries.FindIndex(e => e.Sequence == sequence);
        entries[index] = entries[index] with { Phase = phase, At = time.GetUtcNow(), Outcome = outcome, Error = error };
        Save();
    }

    private void Save()
    {
        journal = journal with { Entries = [.. entries] };
        JournalFile.Save(path, journal);
    }
}
