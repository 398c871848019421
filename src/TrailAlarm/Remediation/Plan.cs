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

    /// <summary>Selected controls that fail and that this plan does not make pass, with what would let them be planned.</summary>
    public IReadOnlyList<UnplannedControl> Unplanned { get; init; } = [];

    /// <summary>Written by <see cref="PlanFile"/> over everything else, so that apply can refuse a file edited since.</summary>
    public PlanDigest? Digest { get; init; }

    public bool HasChanges => Changes.Count > 0;

    public int Count(ChangeAction action) => Changes.Count(c => c.Action == action);
}

/// <summary>A failing control the plan leaves failing: why, and the option (if any) that would let it be planned.</summary>
public sealed record UnplannedControl
{
    public required string Control { get; init; }

    public required string Reason { get; init; }

    /// <summary>What to pass to plan it (e.g. "--integrate-trail"), or empty when no option can.</summary>
    public string Remedy { get; init; } = "";
}
