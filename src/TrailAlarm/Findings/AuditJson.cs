using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrailAlarm.Findings;

/// <summary>Writes an <see cref="AuditReport"/> as the JSON of the command-line contract (schema trailalarm.audit/v1).</summary>
public static class AuditJson
{
    public const string Schema = "trailalarm.audit/v1";

    // Findings quote names ('main', "DeleteTrail"): written as-is, not as \u0027. The output is never inlined into HTML.
    private static readonly AuditJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });

    public static string Write(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        var document = new AuditDocument(
            Schema,
            new ToolInfo("trailalarm", report.ToolVersion),
            report.StartedAt,
            report.FinishedAt,
            report.Findings.Select(f => new FindingDto(
                f.ControlId,
                f.Status.ToWire(),
                f.Severity,
                f.Account,
                f.Region,
                f.Resource,
                f.Reason,
                f.Steps.Select(s => new StepDto(s.Name, s.Status.ToWire(), s.Detail)).ToList(),
                new SortedDictionary<string, string>(f.Frameworks.ToDictionary(), StringComparer.Ordinal))).ToList(),
            new SummaryDto(summary.Pass, summary.Fail, summary.Unknown, summary.NotApplicable));
        return JsonSerializer.Serialize(document, Context.AuditDocument);
    }
}

internal sealed record AuditDocument(string Schema, ToolInfo Tool, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<FindingDto> Findings, SummaryDto Summary);

internal sealed record ToolInfo(string Name, string Version);

internal sealed record FindingDto(
    string ControlId,
    string Status,
    string Severity,
    string Account,
    string Region,
    string Resource,
    string Reason,
    IReadOnlyList<StepDto> Steps,
    SortedDictionary<string, string> Frameworks);

internal sealed record StepDto(string Step, string Status, string Detail);

internal sealed record SummaryDto(int Pass, int Fail, int Unknown, int NotApplicable);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AuditDocument))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
