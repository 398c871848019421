namespace TrailAlarm.Remediation;

/// <summary>Collects changes in apply order (one per address; a second request only adds its reason) and notes.</summary>
internal sealed class PlanBuilder
{
    private readonly List<Change> changes = [];
    private readonly List<Precondition> extra = [];
    private readonly List<string> notes = [];
    private readonly List<UnplannedControl> unplanned = [];

    public void Add(Change change)
    {
        var index = changes.FindIndex(c => c.Address == change.Address);
        if (index < 0)
        {
            changes.Add(change);
            return;
        }

        var existing = changes[index];
        changes[index] = existing with { Because = [.. existing.Because.Union(change.Because)] };
    }

    public bool Has(string address) => changes.Exists(c => c.Address == address);

    public Change? Find(string address) => changes.Find(c => c.Address == address);

    /// <summary>Something the plan relies on but does not change (a reused log group or topic) must still exist.</summary>
    public void RequireExists(string address, ResourceKind kind, string region, IReadOnlyDictionary<string, string> attributes, string description)
    {
        if (!extra.Exists(p => p.Address == address))
        {
            extra.Add(new Precondition { Address = address, Kind = kind, Region = region, Expect = Precondition.Exists, Attributes = attributes, Description = description });
        }
    }

    public void Note(string note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    /// <summary>The control keeps failing after this plan: why, and what option (if any) would let it be planned.</summary>
    public void Unplanned(string controlId, string reason, string remedy = "")
    {
        if (!unplanned.Exists(u => u.Control == controlId && u.Reason == reason))
        {
            unplanned.Add(new UnplannedControl { Control = controlId, Reason = reason, Remedy = remedy });
        }
    }

    public bool Plans(string controlId) => changes.Exists(c => c.Because.Contains(controlId)) || unplanned.Exists(u => u.Control == controlId);

    public Plan Build(string account, string partition, DateTimeOffset now) => new()
    {
        Account = account,
        Partition = partition,
        CreatedAt = now,
        Changes = [.. changes],
        Preconditions = [.. extra, .. changes.Select(PreconditionOf)],
        Notes = [.. notes],
        Unplanned = [.. unplanned],
    };

    private static Precondition PreconditionOf(Change change) => change.Action == ChangeAction.Create
        ? new Precondition
        {
            Address = change.Address, Kind = change.Kind, Region = change.Region, Expect = Precondition.Absent,
            Attributes = change.After!, Description = $"{change.Address} does not exist yet",
        }
        : new Precondition
        {
            Address = change.Address, Kind = change.Kind, Region = change.Region, Expect = Precondition.Matches,
            Attributes = change.Before!, Description = $"{change.Address} still has the settings the plan saw",
        };
}
