using TrailAlarm.Catalogue;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>What the reports say about a control beyond the finding itself: its title and remediation hint.</summary>
internal sealed class ControlText(ControlCatalogue catalogue)
{
    public Control? Find(string controlId) => catalogue.Find(controlId);

    /// <summary>The catalogue title, or the id itself for a control the catalogue does not know.</summary>
    public string Title(string controlId) => catalogue.Find(controlId)?.Title ?? controlId;

    public string Remediation(string controlId) => catalogue.Find(controlId)?.Remediation ?? "";

    public string Rationale(string controlId) => catalogue.Find(controlId)?.Rationale ?? "";

    /// <summary>"framework item" pairs, e.g. "cis-aws-foundations-5.0.0 4.5".</summary>
    public static IEnumerable<string> Requirements(Finding finding) =>
        finding.Frameworks.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}");

    /// <summary>Distinct control ids in order of first appearance.</summary>
    public static IReadOnlyList<string> ControlIds(AuditReport report) =>
        report.Findings.Select(f => f.ControlId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A stable identity for one finding: one per control per account.</summary>
    public static string FindingId(Finding finding) => $"trailalarm/{finding.Account}/{finding.ControlId}";
}
