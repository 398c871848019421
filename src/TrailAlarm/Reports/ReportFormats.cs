using TrailAlarm.Catalogue;

namespace TrailAlarm.Reports;

/// <summary>The report formats by name (csv, ocsf, asff, sarif, junit, html).</summary>
public sealed class ReportFormats
{
    private static readonly Lazy<ReportFormats> Embedded = new(() => new ReportFormats(ControlCatalogue.Default));

    public ReportFormats(ControlCatalogue catalogue)
    {
        var text = new ControlText(catalogue);
        All =
        [
            new CsvReport(text),
            new OcsfReport(text),
            new AsffReport(text),
            new SarifReport(text),
            new JunitReport(text),
            new HtmlReport(text),
        ];
    }

    public static ReportFormats Default => Embedded.Value;

    public IReadOnlyList<IReportFormat> All { get; }

    public IEnumerable<string> Names => All.Select(f => f.Name);

    public IReportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
