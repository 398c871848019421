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
            .Append("# Controls\n\n| Control | Title | Severity |\n|---|---|---|\n");
        foreach (var control in catalogue.Controls)
        {
            md.Append("| [").Append(control.Id).Append("](").Append(ControlPage.FileName(control)).Append(") | ")
                .Append(control.Title).Append(" | ").Append(control.Severity).Append(" |\n");
        }

        return md.ToString();
    }
}
