using System.Text.Json;

namespace TrailAlarm.Frameworks;

/// <summary>The framework maps, one embedded data file per framework version.</summary>
public sealed class FrameworkCatalogue
{
    private const string ResourcePrefix = "TrailAlarm.Catalogue.frameworks/";
    private static readonly Lazy<FrameworkCatalogue> Embedded = new(LoadEmbedded);

    public FrameworkCatalogue(IReadOnlyList<Framework> frameworks)
    {
        Frameworks = frameworks.OrderBy(f => f.Id, ItemNumberComparer.Instance).ToList();
    }

    public static FrameworkCatalogue Default => Embedded.Value;

    public IReadOnlyList<Framework> Frameworks { get; }

    public IEnumerable<string> Ids => Frameworks.Select(f => f.Id);

    public Framework? Find(string id) => Frameworks.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    /// <summary>Framework id -> how that framework labels the control, in framework order.</summary>
    public IReadOnlyDictionary<string, string> LabelsFor(string controlId)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var framework in Frameworks)
        {
            if (framework.LabelFor(controlId) is { } label)
            {
                labels[framework.Id] = label;
            }
        }

        return labels;
    }

    /// <summary>Reads one framework file; the message names the file and what is wrong.</summary>
    public static Framework Parse(Stream json, string fileName)
    {
        Framework? framework;
        try
        {
            framework = JsonSerializer.Deserialize(json, FrameworkJsonContext.Default.Framework);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"framework file {fileName}: {e.Message}", e);
        }

        if (framework is null || string.IsNullOrWhiteSpace(framework.Id) || framework.Items is null || framework.Items.Count == 0)
        {
            throw new InvalidDataException($"framework file {fileName}: needs an id and at least one item");
        }

        if (framework.Items.Any(i => string.IsNullOrWhiteSpace(i.Control)))
        {
            throw new InvalidDataException($"framework file {fileName}: an item has no control id");
        }

        if (framework.Items.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Item)) is { } unnumbered)
        {
            // A framework that names no item for a control is left out rather than shown with an invented or empty number.
            throw new InvalidDataException($"framework file {fileName}: the item for {unnumbered.Control} has no item number; leave the control out instead");
        }

        return framework;
    }

    private static FrameworkCatalogue LoadEmbedded()
    {
        var assembly = typeof(FrameworkCatalogue).Assembly;
        var frameworks = new List<Framework>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            frameworks.Add(Parse(stream, name[ResourcePrefix.Length..]));
        }

        return new FrameworkCatalogue(frameworks);
    }
}
