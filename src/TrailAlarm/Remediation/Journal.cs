using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrailAlarm.Remediation;

/// <summary>Where one change of an apply got to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JournalPhase>))]
public enum JournalPhase
{
    /// <summary>Written before the mutating call: the call may or may not have happened.</summary>
    [JsonStringEnumMemberName("intent")]
    Intent = 1,

    /// <summary>The call succeeded.</summary>
    [JsonStringEnumMemberName("done")]
    Done,

    /// <summary>The account already had the change (a resumed apply); nothing was called.</summary>
    [JsonStringEnumMemberName("already-done")]
    AlreadyDone,

    /// <summary>The call failed; AWS's error is in <see cref="JournalEntry.Error"/>.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Rollback undid this entry.</summary>
    [JsonStringEnumMemberName("rolled-back")]
    RolledBack,

    /// <summary>Rollback left this entry alone: the resource changed after the apply (see <see cref="JournalEntry.Error"/>).</summary>
    [JsonStringEnumMemberName("left-alone")]
    LeftAlone,
}

/// <summary>How rollback undoes an entry: delete what was created, or restore the recorded before-state.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InverseAction>))]
public enum InverseAction
{
    [JsonStringEnumMemberName("none")]
    None = 1,

    [JsonStringEnumMemberName("delete")]
    Delete,

    [JsonStringEnumMemberName("restore")]
    Restore,
}

/// <summary>
/// One change as the applier carried it out: intent (with the inverse and the exact state before), then outcome.
/// </summary>
public sealed record JournalEntry
{
    public required int Sequence { get; init; }

    public required string Address { get; init; }

    public required ResourceKind Kind { get; init; }

    public required string Region { get; init; }

    public required ChangeAction Action { get; init; }

    public required JournalPhase Phase { get; init; }

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

    public required InverseAction Inverse { get; init; }

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
        catch (UnknownResourceKindException e)
        {
            throw new RemediationFileException($"journal '{path}'{DurableFile.Where(e)}: {DurableFile.FirstSentence(e.Message)}");
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
