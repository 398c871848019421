using System.Text.Json;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>
/// SARIF 2.1.0: one rule per control, one result per finding. GitHub code scanning accepts only results with a
/// physical location in the repository, so each finding gets a stable pseudo-path per account, region and control.
/// </summary>
internal sealed class SarifReport(ControlText text) : IReportFormat
{
    /// <summary>Where the tool and its control pages are documented; change here when the project moves.</summary>
    public const string InformationUri = "https://github.com/trailalarm/trailalarm";

    /// <summary>The AWS page that documents each CIS monitoring control (the CloudWatch.N Security Hub controls).</summary>
    public const string ControlHelpUri = "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html";

    public string Name => "sarif";

    public string FileName => "trailalarm-audit.sarif";

    /// <summary>
    /// A FAIL's level follows the control's severity (critical, high, medium: error; low: warning; informational:
    /// note); UNKNOWN (evidence we could not read) is a warning. Both are kind "fail". SARIF requires level "none"
    /// once kind is not "fail", so PASS and NOT_APPLICABLE say so through kind instead.
    /// </summary>
    public static (string Level, string Kind) LevelAndKind(Status status, string severity) => status switch
    {
        Status.Fail => (severity.ToUpperInvariant() switch { "LOW" => "warning", "INFORMATIONAL" => "note", _ => "error" }, "fail"),
        Status.Unknown => ("warning", "fail"),
        Status.Pass => ("none", "pass"),
        Status.NotApplicable => ("none", "notApplicable"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>GitHub code scanning reads a rule's numeric security-severity (0–10) to rank alerts.</summary>
    public static string SecuritySeverity(string severity) => severity.ToUpperInvariant() switch
    {
        "CRITICAL" => "9.5",
        "HIGH" => "8.0",
        "MEDIUM" => "5.5",
        "LOW" => "3.0",
        _ => "1.0",
    };

    public string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var controls = ControlText.ControlIds(report);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, report, controls);
            w.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(w, finding, controls);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private void WriteTool(Utf8JsonWriter w, AuditReport report, IReadOnlyList<string> controls)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "trailalarm");
        w.WriteString("version", report.ToolVersion);
        w.WriteString("semanticVersion", report.ToolVersion);
        w.WriteString("informationUri", InformationUri);
        w.WriteStartArray("rules");
        foreach (var id in controls)
        {
            var severity = text.Find(id)?.Severity ?? report.Findings.First(f => f.ControlId == id).Severity;
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", RuleName(id));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", text.Title(id));
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", text.Rationale(id).Length > 0 ? text.Rationale(id) : text.Title(id));
            w.WriteEndObject();
            w.WriteString("helpUri", ControlHelpUri);
            w.WriteStartObject("help");
            w.WriteString("text", text.Remediation(id).Length > 0 ? text.Remediation(id) : text.Title(id));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("security-severity", SecuritySeverity(severity));
            w.WriteStrings("tags", ["security", "aws", "cloudtrail"]);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, IReadOnlyList<string> controls)
    {
        var (level, kind) = LevelAndKind(f.Status, f.Severity);
        w.WriteStartObject();
        w.WriteString("ruleId", f.ControlId);
        w.WriteNumber("ruleIndex", IndexOf(controls, f.ControlId));
        w.WriteString("kind", kind);
        w.WriteString("level", level);
        w.WriteStartObject("message");
        w.WriteString("text", f.Reason.Length > 0 ? f.Reason : f.Status.ToWire());
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", PseudoPath(f));
        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", 1);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("fullyQualifiedName", f.Resource.Length > 0 ? f.Resource : $"{f.Account}/{f.Region}");
        w.WriteString("kind", "resource");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString("trailalarmFinding/v1", ControlText.FindingId(f));
        w.WriteEndObject();
        WriteProperties(w, f);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject("properties");
        w.WriteString("status", f.Status.ToWire());
        w.WriteString("severity", f.Severity);
        w.WriteString("account", f.Account);
        w.WriteString("region", f.Region);
        w.WriteString("resource", f.Resource);
        StepsJson.Write(w, f.Steps);
        w.WriteStartObject("frameworks");
        foreach (var (framework, item) in f.Frameworks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(framework, item);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A rule's name is its id in PascalCase ("cloudtrail-changes-monitored" → "CloudtrailChangesMonitored").</summary>
    public static string RuleName(string controlId) =>
        string.Concat(controlId.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>"aws/ACCOUNT/REGION/CONTROL": the same finding keeps the same path from run to run.</summary>
    public static string PseudoPath(Finding finding) =>
        string.Join('/', new[] { "aws", finding.Account, finding.Region, finding.ControlId }.Select(p => Uri.EscapeDataString(p.Length > 0 ? p : "-")));

    private static int IndexOf(IReadOnlyList<string> controls, string id)
    {
        for (var i = 0; i < controls.Count; i++)
        {
            if (string.Equals(controls[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
