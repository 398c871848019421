using System.Text.Json;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Catalogue;

/// <summary>The controls TrailAlarm evaluates, loaded from the embedded catalogue data file.</summary>
public sealed class ControlCatalogue
{
    private static readonly Lazy<ControlCatalogue> Embedded = new(LoadEmbedded);

    private ControlCatalogue(IReadOnlyList<Control> controls)
    {
        Controls = controls;
    }

    public static ControlCatalogue Default => Embedded.Value;

    public IReadOnlyList<Control> Controls { get; }

    public Control? Find(string id) => Controls.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    internal static Stream OpenResource(string name)
    {
        var assembly = typeof(ControlCatalogue).Assembly;
        return assembly.GetManifestResourceStream("TrailAlarm.Catalogue." + name)
            ?? throw new InvalidOperationException($"embedded catalogue resource '{name}' is missing from the build");
    }

    private static ControlCatalogue LoadEmbedded()
    {
        using var stream = OpenResource("controls.json");
        var file = JsonSerializer.Deserialize(stream, CatalogueJsonContext.Default.CatalogueFile)
            ?? throw new InvalidOperationException("embedded catalogue controls.json is empty");
        // Framework items live in one data file per framework version (Catalogue/Data/frameworks/).
        var frameworks = FrameworkCatalogue.Default;
        return new ControlCatalogue(file.Controls.Select(c => c with { Frameworks = frameworks.LabelsFor(c.Id) }).ToList());
    }
}
