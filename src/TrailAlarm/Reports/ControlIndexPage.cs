using System.Text;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Reports;

/// <summary>docs/controls/README.md: one line per control page.</summary>
public static class ControlIndexPage
{
    public const string FileName = "README.md";

    public static string Render(ControlCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var md = new StringBuilder();
        md.Append("<!-- Generated from the control catalogue by scripts/gen-control-docs; do not edit by hand. -->\n")
            .Append("# Controls\n\n")
            .Append("The `cis-monitoring` group (`--controls cis-monitoring`) is the whole monitoring section of the CIS AWS Foundations Benchmark: items 3.1-3.14 of v1.2.0, 4.1-4.15 of v1.3.0 to v5.0.0, 5.1-5.15 of v6.0.0. ")
            .Append("To add a control — one folder of data, no C# — see [docs/adding-a-control.md](../adding-a-control.md).\n\n")
            .Append("| Control | Title | Severity |\n|---|---|---|\n");
        foreach (var control in catalogue.Controls)
        {
            md.Append("| [").Append(control.Id).Append("](").Append(ControlPage.FileName(control)).Append(") | ")
                .Append(control.Title).Append(" | ").Append(control.Severity).Append(" |\n");
        }

        return md.ToString();
    }
}
