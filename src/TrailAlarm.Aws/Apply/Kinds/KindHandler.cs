using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// The AWS side of one resource kind: read it as the plan names it, carry out a change, and undo a journal entry
/// (delete what was created, restore what was changed). The defaults fit kinds whose state is their attributes.
/// </summary>
internal abstract class KindHandler(ApplyContext aws)
{
    protected ApplyContext Aws { get; } = aws;

    public abstract ResourceKind Kind { get; }

    /// <summary>The live resource, or null when it does not exist.</summary>
    public abstract Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct);

    /// <summary>Does the account already have the change?</summary>
    public virtual bool IsDone(Change change, ResourceState current) => ResourceAttributes.Match(change.After!, current.Attributes);

    /// <summary>Carry it out again even when done (a role may lack its policy); nothing to undo then.</summary>
    public virtual bool RepeatWhenDone => false;

    /// <summary>Why the change may not be made now, or null when its precondition holds.</summary>
    public virtual string? Refusal(Change change, ResourceState? current)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Action == ChangeAction.Create)
        {
            return current is null ? null : "it now exists, with other settings than planned";
        }

        if (current is null)
        {
            return "it no longer exists";
        }

        return ResourceAttributes.Match(change.Before!, current.Attributes) ? null : ResourceAttributes.Differences(change.Before!, current.Attributes);
    }

    public virtual InverseAction InverseOf(Change change) => change?.Action == ChangeAction.Create ? InverseAction.Delete : InverseAction.Restore;

    /// <summary>Makes the change; returns what undoing it will need.</summary>
    public abstract Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct);

    /// <summary>How the resource differs from the state the apply left it in ("" when it does not).</summary>
    public virtual string Moved(JournalEntry entry, ResourceState current)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(current);
        // Only what can be read back is compared (a role's policy documents, say, are not read).
        var after = (entry.After ?? new Dictionary<string, string>()).Where(kv => current.Attributes.ContainsKey(kv.Key)).ToDictionary();
        return ResourceAttributes.Match(after, current.Attributes) ? "" : ResourceAttributes.Differences(after, current.Attributes).Replace("planned", "left by apply", StringComparison.Ordinal);
    }

    /// <summary>Is the resource back in its before-state already?</summary>
    public virtual bool IsRestored(JournalEntry entry, ResourceState current)
        => entry?.Before is { } before && ResourceAttributes.Match(before, current?.Attributes ?? new Dictionary<string, string>());

    public virtual Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => throw new InvalidOperationException($"journal entry {entry?.Sequence} ({entry?.Address}): a {Kind} is never deleted by rollback");

    public virtual Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => throw new InvalidOperationException($"journal entry {entry?.Sequence} ({entry?.Address}): a {Kind} is never restored by rollback");

    protected static IReadOnlyDictionary<string, string> Before(JournalEntry entry)
        => entry.Before ?? throw new InvalidOperationException($"journal entry {entry.Sequence} ({entry.Address}) has no before-state to restore");

    protected static string A(IReadOnlyDictionary<string, string> id, string name) => id.TryGetValue(name, out var v) ? v : "";
}
