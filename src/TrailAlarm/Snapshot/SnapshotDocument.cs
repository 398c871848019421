namespace TrailAlarm.Snapshot;

/// <summary>The saved form of an audit's input (schema trailalarm.snapshot/v1): one snapshot per account read.</summary>
public sealed record SnapshotDocument
{
    public const string CurrentSchema = "trailalarm.snapshot/v1";

    public string Schema { get; init => field = value ?? ""; } = CurrentSchema;

    public IReadOnlyList<AccountSnapshot> Accounts { get; init => field = value ?? []; } = [];
}
