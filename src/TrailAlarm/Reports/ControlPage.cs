using System.Text;
using TrailAlarm.Catalogue;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Reports;

/// <summary>Renders docs/controls/ID.md from the catalogue and the framework maps.</summary>
public static class ControlPage
{
    public static string FileName(Control control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return control.Id + ".md";
    }

    public static string Render(Control control, FrameworkCatalogue frameworks)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(frameworks);
        var md = new StringBuilder();
        md.Append("<!-- Generated from the control catalogue by scripts/gen-control-docs; do not edit by hand. -->\n")
            .Append("# ").Append(control.Id).Append("\n\n")
            .Append("**").Append(control.Title).Append("**\n\n")
            .Append("Severity: ").Append(control.Severity).Append(" · Kind: `").Append(control.Kind).Append("`\n\n");
        AppendWhat(md, control);
        md.Append("## Why\n\n").Append(control.Rationale).Append("\n\n");
        if (control.VersionNotes is { } notes)
        {
            md.Append("## Benchmark versions\n\n").Append(notes).Append("\n\n");
        }

        md.Append("## How it is audited\n\n`trailalarm audit --controls ").Append(control.Id)
            .Append("` reads the account once and walks these steps; each one becomes a step of the finding, and a read that is denied makes the step (and the finding) UNKNOWN rather than a guess.\n\n");
        var steps = AuditSteps.For(control);
        for (var i = 0; i < steps.Count; i++)
        {
            md.Append(i + 1).Append(". `").Append(steps[i].Step).Append("`: ").Append(steps[i].Checks).Append('\n');
        }

        md.Append("\n## Remediation\n\n").Append(control.Remediation).Append("\n\n");
        AppendFrameworks(md, control, frameworks);
        return md.ToString();
    }

    private static void AppendWhat(StringBuilder md, Control control)
    {
        md.Append("## What\n\n").Append(control.Title).Append('.');
        if (control.RequiredEvents.Count > 0)
        {
            md.Append(" The alarm must fire on: ").AppendJoin(", ", control.RequiredEvents.Select(e => $"`{e}`")).Append('.');
        }

        md.Append("\n\n");
        if (control.ReferencePattern is { } pattern)
        {
            md.Append("Reference filter pattern:\n\n```\n").Append(pattern).Append("\n```\n\n");
        }

        if (control.HighRisk is { } variant)
        {
            md.Append("High-risk-only variant (`plan --high-risk-only`; a documented deviation that `audit` FAILs unless run with `--accept high-risk-only`): fires only on ")
                .AppendJoin(", ", variant.Events.Select(e => $"`{e}`")).Append(". ").Append(variant.Why).Append("\n\n```\n").Append(variant.Pattern).Append("\n```\n\n");
        }

        if (control.DefaultAlarmName is { } alarm)
        {
            md.Append("Default alarm name when TrailAlarm creates it: `").Append(alarm).Append('`');
            if (control.DefaultMetricName is { } metric)
            {
                md.Append(", metric `").Append(metric).Append('`');
            }

            md.Append(".\n\n");
        }
    }

    private static void AppendFrameworks(StringBuilder md, Control control, FrameworkCatalogue frameworks)
    {
        md.Append("## Frameworks\n\n");
        var rows = frameworks.Frameworks
            .SelectMany(f => f.Items.Where(i => i.Control == control.Id).OrderBy(i => i.Item, ItemNumberComparer.Instance).Select(i => (Framework: f, Item: i)))
            .ToList();
        if (rows.Count == 0)
        {
            md.Append("No framework file maps this control yet.\n");
            return;
        }

        md.Append("| Framework | Id | Item | Title | Assessment | Note |\n|---|---|---|---|---|---|\n");
        foreach (var (framework, item) in rows)
        {
            md.Append(Row(framework.Name)).Append(" | `").Append(framework.Id).Append("` | ")
                .Append(Cell(item.Item ?? FrameworkItem.Unnumbered)).Append(" | ").Append(Cell(item.Title)).Append(" | ")
                .Append(Cell(item.Assessment)).Append(" | ").Append(Cell(item.Note)).Append(" |\n");
        }

        md.Append("\nSources:\n\n");
        foreach (var source in rows.Select(r => r.Framework.Source).Distinct(StringComparer.Ordinal))
        {
            md.Append("- ").Append(source).Append('\n');
        }
    }

    private static string Row(string name) => "| " + Cell(name);

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal);
}
