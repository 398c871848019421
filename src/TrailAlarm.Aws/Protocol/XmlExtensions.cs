using System.Globalization;
using System.Xml.Linq;

namespace TrailAlarm.Aws.Protocol;

/// <summary>Namespace-blind helpers for query/EC2 XML: match elements on their local name only.</summary>
internal static class XmlExtensions
{
    public static XElement? Find(this XElement parent, string localName)
        => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static string? Child(this XElement parent, string localName) => parent.Find(localName)?.Value;

    public static bool? Bool(this XElement parent, string localName)
        => parent.Child(localName) is { } text ? string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) : null;

    public static int? Int(this XElement parent, string localName)
        => parent.Child(localName) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public static double? Double(this XElement parent, string localName)
        => parent.Child(localName) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    public static DateTimeOffset? Time(this XElement parent, string localName)
        => parent.Child(localName) is { Length: > 0 } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    /// <summary>The &lt;member&gt; (query) or &lt;item&gt; (EC2) children of the named list element.</summary>
    public static IEnumerable<XElement> Members(this XElement parent, string listName)
        => parent.Find(listName)?.Elements().Where(e => e.Name.LocalName is "member" or "item") ?? [];

    public static IReadOnlyList<string> Strings(this XElement parent, string listName)
        => parent.Members(listName).Select(e => e.Value).ToList();

    /// <summary>A query map: &lt;entry&gt;&lt;key/&gt;&lt;value/&gt;&lt;/entry&gt;.</summary>
    public static IReadOnlyDictionary<string, string> Map(this XElement parent, string mapName)
        => (parent.Find(mapName)?.Elements() ?? [])
            .Where(e => e.Name.LocalName == "entry")
            .ToDictionary(e => e.Child("key") ?? string.Empty, e => e.Child("value") ?? string.Empty, StringComparer.Ordinal);
}
