using TrailAlarm.Catalogue;

namespace TrailAlarm.Frameworks;

/// <summary>A catalogue control as one framework numbers it (Label is its item numbers, or the unnumbered marker).</summary>
public sealed record NumberedControl(Control Control, string Label);

public static class FrameworkSelection
{
    /// <summary>The controls this framework maps, in the framework's own order; controls missing from the catalogue are skipped.</summary>
    public static IReadOnlyList<NumberedControl> Select(Framework framework, ControlCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(catalogue);
        return framework.ControlIds
            .Select(id => catalogue.Find(id))
            .OfType<Control>()
            .Select(c => new NumberedControl(c, framework.LabelFor(c.Id)!))
            .ToList();
    }
}
