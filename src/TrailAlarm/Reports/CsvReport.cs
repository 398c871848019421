using System.Text;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>One row per finding; steps and framework items folded into one cell each.</summary>
internal sealed class CsvReport(ControlText text) : IReportFormat
{
    public static readonly string[] Header =
        ["control_id", "title", "status", "severity", "account", "region", "resource", "reason", "steps", "frameworks", "remediation"];

    public string Name => "csv";

    public string FileName => "trailalarm-audit.csv";

    public string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var f in report.Findings)
        {
            AppendRow(csv,
            [
                f.ControlId,
                text.Title(f.ControlId),
                f.Status.ToWire(),
                f.Severity,
                f.Account,
                f.Region,
                f.Resource,
                f.Reason,
                string.Join("; ", f.Steps.Select(s => $"{s.Name}={s.Status.ToWire()}: {s.Detail}")),
                string.Join("; ", ControlText.Requirements(f)),
                f.Status == Status.Pass ? "" : text.Remediation(f.ControlId),
            ]);
        }

        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(CsvCell.Encode));
        csv.Append("\r\n");
    }
}
