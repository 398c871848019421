using System.Text.Json;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>The body of a Security Hub BatchImportFindings call: {"Findings": [ASFF 2018-10-08, …]}.</summary>
internal sealed class AsffReport(ControlText text) : IReportFormat
{
    // BatchImportFindings refuses a product ARN whose region differs from the endpoint's; a finding always names
    // the region of its deciding evidence, and this is only the fallback for one that somehow has none.
    private const string FallbackRegion = "us-east-1";

    public string Name => "asff";

    public string FileName => "trailalarm-audit.asff.json";

    public static string ComplianceStatus(Status status) => status switch
    {
        Status.Pass => "PASSED",
        Status.Fail => "FAILED",
        Status.Unknown => "WARNING",
        Status.NotApplicable => "NOT_AVAILABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Security Hub shows passed and not-applicable checks as INFORMATIONAL, whatever the control's severity.</summary>
    public static string SeverityLabel(Finding finding) => finding.Status is Status.Pass or Status.NotApplicable
        ? "INFORMATIONAL"
        : finding.Severity.ToUpperInvariant() switch
        {
            "LOW" or "MEDIUM" or "HIGH" or "CRITICAL" or "INFORMATIONAL" => finding.Severity.ToUpperInvariant(),
            _ => "MEDIUM",
        };

    public string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("Findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(w, finding, report);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private void WriteFinding(Utf8JsonWriter w, Finding f, AuditReport report)
    {
        var region = f.Region.Length > 0 ? f.Region : FallbackRegion;
        var resource = f.Resource.Length > 0 ? f.Resource : $"AWS::::Account:{f.Account}";
        var partition = AwsArn.Partition(f.Resource);
        w.WriteStartObject();
        w.WriteString("SchemaVersion", "2018-10-08");
        w.WriteString("Id", ControlText.FindingId(f));
        w.WriteString("ProductArn", $"arn:{partition}:securityhub:{region}:{f.Account}:product/{f.Account}/default");
        w.WriteString("ProductName", "TrailAlarm");
        w.WriteString("CompanyName", "TrailAlarm");
        w.WriteString("GeneratorId", $"trailalarm/{f.ControlId}");
        w.WriteString("AwsAccountId", f.Account);
        w.WriteString("Region", region);
        w.WriteStrings("Types", ["Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark"]);
        w.WriteString("CreatedAt", JsonText.Iso(report.FinishedAt));
        w.WriteString("UpdatedAt", JsonText.Iso(report.FinishedAt));
        w.WriteStartObject("Severity");
        w.WriteString("Label", SeverityLabel(f));
        w.WriteString("Original", f.Severity);
        w.WriteEndObject();
        w.WriteString("Title", JsonText.Limit(text.Title(f.ControlId), 256));
        w.WriteString("Description", JsonText.Limit(f.Reason.Length > 0 ? f.Reason : f.Status.ToWire(), 1024));
        if (f.Status != Status.Pass && text.Remediation(f.ControlId) is { Length: > 0 } hint)
        {
            w.WriteStartObject("Remediation");
            w.WriteStartObject("Recommendation");
            w.WriteString("Text", JsonText.Limit(hint, 512));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        WriteProductFields(w, f);
        w.WriteStartArray("Resources");
        w.WriteStartObject();
        w.WriteString("Type", f.Resource.Length > 0 ? AwsArn.SecurityHubType(f.Resource) : "AwsAccount");
        w.WriteString("Id", resource);
        w.WriteString("Partition", partition);
        w.WriteString("Region", region);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("Compliance");
        w.WriteString("Status", ComplianceStatus(f.Status));
        w.WriteStrings("RelatedRequirements", ControlText.Requirements(f).Take(32));
        w.WriteEndObject();
        w.WriteStartObject("Workflow");
        w.WriteString("Status", "NEW");
        w.WriteEndObject();
        w.WriteString("RecordState", "ACTIVE");
        w.WriteEndObject();
    }

    /// <summary>The control id, the TrailAlarm status and each evidence step (Security Hub allows 50 fields).</summary>
    private static void WriteProductFields(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject("ProductFields");
        w.WriteString("trailalarm/ControlId", f.ControlId);
        w.WriteString("trailalarm/Status", f.Status.ToWire());
        foreach (var (step, index) in f.Steps.Take(48).Select((s, i) => (s, i)))
        {
            w.WriteString($"trailalarm/Steps/{index + 1}/{JsonText.Limit(step.Name, 64)}", JsonText.Limit($"{step.Status.ToWire()}: {step.Detail}", 2048));
        }

        w.WriteEndObject();
    }
}
