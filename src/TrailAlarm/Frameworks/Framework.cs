namespace TrailAlarm.Frameworks;

/// <summary>One version of a compliance framework and the catalogue controls it maps (Catalogue/Data/frameworks/ID.json).</summary>
public sealed record Framework(string Id, string Name, string Source, IReadOnlyList<FrameworkItem> Items)
{
    /// <summary>The control ids this framework maps, ordered as the framework numbers them.</summary>
    public IReadOnlyList<string> ControlIds =>
        Items.OrderBy(i => i.Item, ItemNumberComparer.Instance).Select(i => i.Control).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>How this framework labels the control: its item numbers joined, or <see cref="FrameworkItem.Unnumbered"/>.</summary>
    public string? LabelFor(string controlId)
    {
        var items = Items.Where(i => string.Equals(i.Control, controlId, StringComparison.Ordinal)).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var numbered = items.Where(i => i.Item is not null).Select(i => i.Item!).Order(ItemNumberComparer.Instance).ToList();
        return numbered.Count == 0 ? FrameworkItem.Unnumbered : string.Join(", ", numbered);
    }
}

/// <summary>
/// One item of a framework mapped to a catalogue control. <see cref="Item"/> is null when the source names the
/// framework but no item in it; we never invent a number.
/// </summary>
public sealed record FrameworkItem(string Control, string? Item, string? Title, string? Assessment, string? Note)
{
    public const string Unnumbered = "(no item number)";
}
