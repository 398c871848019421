using System.Text;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Catalogue;

/// <summary>
/// The controls TrailAlarm evaluates: one embedded folder per control (Catalogue/Data/controls/ID/), each checked
/// as it loads (see <see cref="ControlFolder"/>), ordered by id; framework labels come from the framework files.
/// </summary>
public sealed class ControlCatalogue
{
    private const string ResourcePrefix = "TrailAlarm.Catalogue.controls/";
    private static readonly Lazy<ControlCatalogue> Embedded = new(LoadEmbedded);
    private readonly Dictionary<string, ControlSampleSet> samples;

    private ControlCatalogue(IReadOnlyList<Control> controls, Dictionary<string, ControlSampleSet> samples)
    {
        Controls = controls;
        this.samples = samples;
    }

    public static ControlCatalogue Default => Embedded.Value;

    public IReadOnlyList<Control> Controls { get; }

    /// <summary>The group names controls declare (e.g. cis-monitoring), ordered.</summary>
    public IReadOnlyList<string> Groups => Controls.SelectMany(c => c.Groups).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public Control? Find(string id) => Controls.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>The controls a control id or a group name stands for; null when it is neither.</summary>
    public IReadOnlyList<Control>? Resolve(string idOrGroup)
    {
        if (Find(idOrGroup) is { } control)
        {
            return [control];
        }

        var members = Controls.Where(c => c.Groups.Contains(idOrGroup, StringComparer.Ordinal)).ToList();
        return members.Count > 0 ? members : null;
    }

    /// <summary>The ids given with each group name replaced by its members' ids, in order, without repeats; anything else is kept as given.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> idsOrGroups)
    {
        ArgumentNullException.ThrowIfNull(idsOrGroups);
        return idsOrGroups.SelectMany(x => Find(x) is null && Resolve(x) is { } members ? members.Select(c => c.Id) : [x]).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The sample records kept in the control's folder; none for an unknown id or a control without samples.</summary>
    public ControlSampleSet SamplesOf(string id) => samples.GetValueOrDefault(id, ControlSampleSet.None);

    /// <summary>
    /// Builds a catalogue from files keyed "ID/FILE" (as laid out under Catalogue/Data/controls/), checking every
    /// folder; throws <see cref="InvalidDataException"/> naming the first problem.
    /// </summary>
    public static ControlCatalogue FromFiles(IReadOnlyDictionary<string, string> files, FrameworkCatalogue frameworks)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(frameworks);
        var controls = new List<Control>();
        var sampleSets = new Dictionary<string, ControlSampleSet>(StringComparer.Ordinal);
        foreach (var folder in files.GroupBy(f => FolderOf(f.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var inFolder = folder.ToDictionary(f => f.Key[(folder.Key.Length + 1)..], f => f.Value, StringComparer.Ordinal);
            var (control, set) = ControlFolder.Read(folder.Key, inFolder);
            controls.Add(control with { Frameworks = frameworks.LabelsFor(control.Id) });
            sampleSets[control.Id] = set;
        }

        if (controls.Count == 0)
        {
            throw new InvalidDataException("the control catalogue has no control folder");
        }

        var clash = controls.SelectMany(c => c.Groups).FirstOrDefault(g => controls.Any(c => c.Id == g));
        if (clash is not null)
        {
            throw new InvalidDataException($"group name '{clash}' is also a control id");
        }

        return new ControlCatalogue(controls, sampleSets);
    }

    private static string FolderOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && key.IndexOf('/', slash + 1) < 0
            ? key[..slash]
            : throw new InvalidDataException($"catalogue file '{key}' is not ID/FILE inside a control folder");
    }


    private static ControlCatalogue LoadEmbedded()
    {
        var assembly = typeof(ControlCatalogue).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files[name[ResourcePrefix.Length..].Replace('\\', '/')] = reader.ReadToEnd();
        }

        return FromFiles(files, FrameworkCatalogue.Default);
    }
}
