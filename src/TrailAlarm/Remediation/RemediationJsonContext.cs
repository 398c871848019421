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
internal sealed partial class RemediationJsonContext : JsonSerializerContext;
