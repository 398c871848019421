using System.Globalization;
using System.Net;
using System.Text;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>
/// One self-contained page (inline style, no script, no fetches; a CSP forbids them) that is also well-formed XML,
/// so tests can read it back. Every value from a finding passes through <see cref="E"/>.
/// </summary>
internal sealed class HtmlReport(ControlText text) : IReportFormat
{
    private static readonly Status[] Statuses = [Status.Pass, Status.Fail, Status.Unknown, Status.NotApplicable];

    public string Name => "html";

    public string FileName => "trailalarm-audit.html";

    /// <summary>HTML-escapes text for element content and quoted attributes (&amp; &lt; &gt; " ').</summary>
    public static string E(string? value) => WebUtility.HtmlEncode(XmlText.Clean(value ?? ""));

    public string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n")
            .Append("<title>TrailAlarm audit</title>\n<style>").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>TrailAlarm audit</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">trailalarm {E(report.ToolVersion)} · started {E(JsonText.Iso(report.StartedAt))} · finished {E(JsonText.Iso(report.FinishedAt))}</p>\n");
        AppendSummary(html, report.Findings);
        AppendByAccountRegion(html, report.Findings);
        html.Append("<h2>Findings</h2>\n<section id=\"findings\">\n");
        foreach (var finding in report.Findings)
        {
            AppendFinding(html, finding);
        }

        return html.Append("</section>\n</body>\n</html>\n").ToString();
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        html.Append("<h2>Summary</h2>\n<ul class=\"summary\" id=\"summary\">\n");
        foreach (var status in Statuses)
        {
            var wire = status.ToWire();
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"status-{wire}\" data-status=\"{wire}\">{wire}<b>{findings.Count(f => f.Status == status)}</b></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendByAccountRegion(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        html.Append("<h2>By account and region</h2>\n<table id=\"by-account-region\">\n<thead><tr><th>Account</th><th>Region</th>");
        foreach (var status in Statuses)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{status.ToWire()}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var group in findings.GroupBy(f => (f.Account, f.Region)).OrderBy(g => g.Key.Account, StringComparer.Ordinal).ThenBy(g => g.Key.Region, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(group.Key.Account)}</td><td>{E(group.Key.Region)}</td>");
            foreach (var status in Statuses)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{group.Count(f => f.Status == status)}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private void AppendFinding(StringBuilder html, Finding f)
    {
        var wire = f.Status.ToWire();
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"finding status-{wire}\" data-status=\"{wire}\" data-control=\"{E(f.ControlId)}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<h3><span class=\"badge status-{wire}\">{wire}</span> {E(f.ControlId)} — {E(text.Title(f.ControlId))}</h3>\n<dl>\n");
        AppendField(html, "account", "Account", f.Account);
        AppendField(html, "region", "Region", f.Region);
        AppendField(html, "resource", "Resource", f.Resource);
        AppendField(html, "severity", "Severity", f.Severity);
        AppendField(html, "reason", "Reason", f.Reason);
        html.Append("</dl>\n<h4>Steps and evidence</h4>\n<table class=\"steps\">\n<thead><tr><th>Step</th><th>Status</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        foreach (var step in f.Steps)
        {
            var stepStatus = step.Status.ToWire();
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"status-{stepStatus}\"><td>{E(step.Name)}</td><td>{stepStatus}</td><td>{E(step.Detail)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (f.Frameworks.Count > 0)
        {
            html.Append("<h4>Frameworks</h4>\n<ul class=\"frameworks\">\n");
            foreach (var requirement in ControlText.Requirements(f))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(requirement)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (f.Status != Status.Pass && text.Remediation(f.ControlId) is { Length: > 0 } hint)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h4>Remediation</h4>\n<p class=\"remediation\">{E(hint)}</p>\n");
        }

        html.Append("</article>\n");
    }

    private static void AppendField(StringBuilder html, string field, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{label}</dt><dd data-field=\"{field}\">{E(value)}</dd>\n");
}
