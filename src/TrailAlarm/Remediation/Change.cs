namespace TrailAlarm.Remediation;

/// <summary>
/// One change of a plan: what happens to the resource at <see cref="Address"/>, its attributes before (null when it
/// does not exist yet) and after (null when it goes away), and the controls it makes pass.
/// </summary>
public sealed record Change
{
    public required ChangeAction Action { get; init; }

    public required string Address { get; init; }

    /// <summary>One of <see cref="ResourceKinds"/>.</summary>
    public required ResourceKind Kind { get; init; }

    public required string Region { get; init; }

    public IReadOnlyDictionary<string, string>? Before { get; init; }

    public IReadOnlyDictionary<string, string>? After { get; init; }

    public IReadOnlyList<string> Because { get; init; } = [];

    /// <summary>The attributes that name the resource (from After, else Before).</summary>
    public IReadOnlyDictionary<string, string> Attributes => After ?? Before ?? new Dictionary<string, string>();

    public string Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : "";
}

/// <summary>
/// What must still be true of the account for the plan to be applied: the resource at <see cref="Address"/> is
/// absent, exists, or has exactly the <see cref="Attributes"/> the plan saw.
/// </summary>
public sealed record Precondition
{
    public const string Absent = "absent";
    public const string Exists = "exists";
    public const string Matches = "matches";

    public required string Address { get; init; }

    public required ResourceKind Kind { get; init; }

    public required string Region { get; init; }

    public required string Expect { get; init; }

    public required IReadOnlyDictionary<string, string> Attributes { get; init; }

    public required string Description { get; init; }
}
