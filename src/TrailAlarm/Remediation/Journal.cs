using System.Text.Json;

namespace TrailAlarm.Remediation;

/// <summary>Where one change of an apply got to.</summary>
public static class JournalPhases
{
    /// <summary>Written before the mutating call: the call may or may not have happened.</summary>
    public const string Intent = "intent";

    /// <summary>The call succeeded.</summary>
    public const string Done = "done";

    /// <summary>The account already had the change (a resumed apply); nothing was called.</summary>
    public const string AlreadyDone = "already-done";

    /// <summary>The call failed; AWS's error is in <see cref="JournalEntry.Error"/>.</summary>
    public const string Failed = "failed";

    /// <summary>Rollback undid this entry.</summary>
    public const string RolledBack = "rolled-back";
}

/// <summary>How rollback undoes an entry: delete what was created, or restore the recorded before-state.</summary>
public static class InverseActions
{
    public const string Delete = "delete";
    public const string Restore = "restore";
    public const string None = "none";
}

/// <summary>
/// One change as the applier carried it out: intent (with the inverse and the exact state before), then outcome.
/// </summary>
public sealed record JournalEntry
{
    public required int Sequence { get; init; }

    public required string Address { get; init; }

    public required string Kind { get; init; }

    public required string Region { get; init; }

    public required string Action { get; init; }

    public required string Phase { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The attributes as read right before the call (null when the resource did not exist).</summary>
    public IReadOnlyDictionary<string, string>? Before { get; init; }

    /// <summary>The attributes the change sets.</summary>
    public IReadOnlyDictionary<string, string>? After { get; init; }

    /// <summary>The resource's full definition as AWS returned it before the call, when restoring needs more than
    /// <see cref="Before"/> (an alarm's other settings, a policy's exact text).</summary>
    public string? RawBefore { get; init; }

    /// <summary>What the call returned that undoing needs (the subscription ARN, say).</summary>
    public IReadOnlyDictionary<string, string> Outcome { get; init; } = new Dictionary<string, string>();

    public required string Inverse { get; init; }

    public string? Error { get; init; }
}

/// <summary>The journal of one apply (schema trailalarm.journal/v1), newest entry last.</summary>
public sealed record Journal
{
    public const string CurrentSchema = "trailalarm.journal/v1";

    public string Schema { get; init; } = CurrentSchema;

    public required string Account { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public IReadOnlyList<JournalEntry> Entries { get; init; } = [];
}

/// <summary>Reads and durably writes journals; every write replaces the file atomically after flushing it.</summary>
public static class JournalFile
{
    public static string ToJson(Journal journal) => JsonSerializer.Serialize(journal, RemediationJsonContext.Readable.Journal);

    public static void Save(string path, Journal journal) => DurableFile.Write(path, ToJson(journal) + "\n");

    public static Journal Load(string path)
    {
        var text = DurableFile.Read(path, "journal");
        Journal? journal;
        try
        {
            journal = JsonSerializer.Deserialize(text, RemediationJsonContext.Default.Journal);
        }
        catch (JsonException e)
        {
            throw new RemediationFileException($"journal '{path}' is not valid JSON{DurableFile.Where(e)}: {DurableFile.FirstSentence(e.Message)}");
        }

        if (journal is null || journal.Schema != Journal.CurrentSchema)
        {
            throw new RemediationFileException($"journal '{path}' has schema '{journal?.Schema}'; this version reads '{Journal.CurrentSchema}'");
        }

        return journal;
    }
}
