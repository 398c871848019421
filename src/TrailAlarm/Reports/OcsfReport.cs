using System.Text.Json;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>A JSON array of OCSF 1.3 Compliance Finding events (class_uid 2003), one per finding.</summary>
internal sealed class OcsfReport(ControlText text) : IReportFormat
{
    public const string SchemaVersion = "1.3.0";

    public string Name => "ocsf";

    public string FileName => "trailalarm-audit.ocsf.json";

    /// <summary>OCSF compliance.status_id: 0 Unknown, 1 Pass, 2 Warning, 3 Fail, 99 Other.</summary>
    public static (int Id, string Name) ComplianceStatus(Status status) => status switch
    {
        Status.Pass => (1, "Pass"),
        Status.Fail => (3, "Fail"),
        Status.Unknown => (0, "Unknown"),
        Status.NotApplicable => (99, "Not Applicable"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical, 0 Unknown.</summary>
    public static (int Id, string Name) Severity(string severity) => severity.ToUpperInvariant() switch
    {
        "INFORMATIONAL" => (1, "Informational"),
        "LOW" => (2, "Low"),
        "MEDIUM" => (3, "Medium"),
        "HIGH" => (4, "High"),
        "CRITICAL" => (5, "Critical"),
        _ => (0, "Unknown"),
    };

    public string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(w =>
        {
            w.WriteStartArray();
            foreach (var finding in report.Findings)
            {
                WriteEvent(w, finding, report);
            }

            w.WriteEndArray();
        });
    }

    private void WriteEvent(Utf8JsonWriter w, Finding f, AuditReport report)
    {
        var time = report.FinishedAt.ToUnixTimeMilliseconds();
        var severity = Severity(f.Severity);
        var compliance = ComplianceStatus(f.Status);
        w.WriteStartObject();
        w.WriteNumber("class_uid", 2003);
        w.WriteString("class_name", "Compliance Finding");
        w.WriteNumber("category_uid", 2);
        w.WriteString("category_name", "Findings");
        w.WriteNumber("activity_id", 1);
        w.WriteString("activity_name", "Create");
        w.WriteNumber("type_uid", 200301);
        w.WriteString("type_name", "Compliance Finding: Create");
        w.WriteNumber("time", time);
        w.WriteNumber("severity_id", severity.Id);
        w.WriteString("severity", severity.Name);
        w.WriteNumber("status_id", 1);
        w.WriteString("status", "New");
        w.WriteString("message", f.Reason);
        w.WriteStartObject("metadata");
        w.WriteString("version", SchemaVersion);
        w.WriteStartObject("product");
        w.WriteString("name", "TrailAlarm");
        w.WriteString("vendor_name", "TrailAlarm");
        w.WriteString("version", report.ToolVersion);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("finding_info");
        w.WriteString("uid", ControlText.FindingId(f));
        w.WriteString("title", text.Title(f.ControlId));
        w.WriteString("desc", f.Reason);
        w.WriteNumber("created_time", time);
        w.WriteEndObject();
        w.WriteStartObject("compliance");
        w.WriteString("control", f.ControlId);
        w.WriteNumber("status_id", compliance.Id);
        w.WriteString("status", compliance.Name);
        w.WriteString("status_detail", f.Reason);
        w.WriteStrings("standards", f.Frameworks.Keys.Order(StringComparer.Ordinal));
        w.WriteStrings("requirements", ControlText.Requirements(f));
        w.WriteEndObject();
        WriteCloudAndResource(w, f);
        if (f.Status != Status.Pass && text.Remediation(f.ControlId) is { Length: > 0 } hint)
        {
            w.WriteStartObject("remediation");
            w.WriteString("desc", hint);
            w.WriteEndObject();
        }

        WriteSteps(w, f);
        w.WriteEndObject();
    }

    private static void WriteCloudAndResource(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject("cloud");
        w.WriteString("provider", "AWS");
        w.WriteString("region", f.Region);
        w.WriteStartObject("account");
        w.WriteString("uid", f.Account);
        w.WriteString("type", "AWS Account");
        w.WriteNumber("type_id", 10);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("resources");
        w.WriteStartObject();
        w.WriteString("uid", f.Resource.Length > 0 ? f.Resource : f.Account);
        w.WriteString("type", f.Resource.Length > 0 ? AwsArn.SecurityHubType(f.Resource) : "AwsAccount");
        w.WriteString("region", f.Region);
        w.WriteString("cloud_partition", AwsArn.Partition(f.Resource));
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>OCSF has no attribute for a chain of evidence steps, so they go under "unmapped" with the native status.</summary>
    private static void WriteSteps(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject("unmapped");
        w.WriteString("trailalarm_status", f.Status.ToWire());
        StepsJson.Write(w, f.Steps);
        w.WriteEndObject();
    }
}
