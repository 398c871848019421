namespace TrailAlarm.Remediation;

/// <summary>
/// A remediation plan (schema trailalarm.plan/v1): the changes, in the order they are applied, the preconditions
/// the account must still meet, and notes a person should read (pending subscriptions, what could not be planned).
/// </summary>
public sealed record Plan
{
    public const string CurrentSchema = "trailalarm.plan/v1";

    public string Schema { get; init; } = CurrentSchema;

    public required string Account { get; init; }

    public string Partition { get; init; } = "aws";

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<Change> Changes { get; init; } = [];

    public IReadOnlyList<Precondition> Preconditions { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool HasChanges => Changes.Count > 0;

    public int Count(ChangeAction action) => Changes.Count(c => c.Action == action);
}
