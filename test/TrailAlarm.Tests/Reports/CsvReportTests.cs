using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Reports;

namespace TrailAlarm.Tests.Reports;

public class CsvReportTests
{
    private static List<string[]> Rows(AuditReport report) => CsvReader.Read(SampleReports.Format("csv").Render(report));

    [Fact]
    public void Csv_has_a_header_and_one_row_per_finding_with_every_field()
    {
        var report = SampleReports.Mixed();
        var rows = Rows(report);
        Assert.Equal(CsvReport.Header, rows[0]);
        Assert.Equal(report.Findings.Count, rows.Count - 1);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            var row = rows[i + 1].Select(Unquote).ToArray();
            var cell = (string name) => row[Array.IndexOf(CsvReport.Header, name)];
            Assert.Equal(f.ControlId, cell("control_id"));
            Assert.Equal(ControlCatalogue.Default.Find(f.ControlId)!.Title, cell("title"));
            Assert.Equal(f.Status.ToWire(), cell("status"));
            Assert.Equal(f.Severity, cell("severity"));
            Assert.Equal(f.Account, cell("account"));
            Assert.Equal(f.Region, cell("region"));
            Assert.Equal(f.Resource, cell("resource"));
            Assert.Equal(f.Reason, cell("reason"));
            foreach (var step in f.Steps)
            {
                Assert.Contains($"{step.Name}={step.Status.ToWire()}: {step.Detail}", cell("steps"));
            }

            foreach (var (framework, item) in f.Frameworks)
            {
                Assert.Contains($"{framework} {item}", cell("frameworks"));
            }
        }
    }

    [Fact]
    public void Remediation_is_given_for_a_failure_and_not_for_a_pass()
    {
        var rows = Rows(SampleReports.Mixed());
        var remediation = Array.IndexOf(CsvReport.Header, "remediation");
        Assert.Equal(ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!.Remediation, rows[1][remediation]);
        Assert.Equal("", rows[2][remediation]);
    }

    [Fact]
    public void Formula_and_script_text_are_neutralised_but_kept_readable()
    {
        var rows = Rows(SampleReports.Hostile());
        var reason = Array.IndexOf(CsvReport.Header, "reason");
        Assert.Equal("'" + SampleReports.Formula, rows[1][reason]);
        Assert.Equal("'" + SampleReports.Formula, rows[2][0]);
        Assert.Equal("'-2+3", rows[2][reason]);
        Assert.Equal("'@SUM(A1)=UNKNOWN: \tTAB", rows[2][Array.IndexOf(CsvReport.Header, "steps")]);
        foreach (var cell in rows.SelectMany(r => r))
        {
            Assert.DoesNotMatch("^[=+\\-@\t\r]", cell);
        }
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@x", "\"'@x\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a=b", "\"a=b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("", "\"\"")]
    public void A_cell_is_quoted_and_a_formula_start_gets_a_leading_quote(string value, string encoded)
    {
        Assert.Equal(encoded, CsvCell.Encode(value));
    }

    /// <summary>Undo the formula guard so a neutralised cell can be compared with the finding.</summary>
    private static string Unquote(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && "=+-@\t\r".Contains(cell[1]) ? cell[1..] : cell;
}
