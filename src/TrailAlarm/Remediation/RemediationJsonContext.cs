using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrailAlarm.Remediation;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(Plan))]
[JsonSerializable(typeof(Journal))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class RemediationJsonContext : JsonSerializerContext
{
    /// <summary>Writes filter patterns and policies as people type them ("&amp;&amp;", "+", "&lt;"), not as \u escapes.</summary>
    public static RemediationJsonContext Readable => readable ??= new(new JsonSerializerOptions(Default.GeneratedSerializerOptions!) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Refuses fields no type declares (plan files are checked, not forgiven).</summary>
    public static RemediationJsonContext Strict => strict ??= new(new JsonSerializerOptions(Default.GeneratedSerializerOptions!) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow });

    private static RemediationJsonContext? readable;

    private static RemediationJsonContext? strict;
}
