using System.Xml.Linq;
using TrailAlarm.Catalogue;
using TrailAlarm.Findings;

namespace TrailAlarm.Tests.Reports;

public class JunitReportTests
{
    private static XDocument Parse(AuditReport report) => XDocument.Parse(SampleReports.Format("junit").Render(report));

    [Fact]
    public void One_testcase_per_finding_with_failure_error_and_skipped_by_status()
    {
        var report = SampleReports.Mixed();
        var cases = Parse(report).Descendants("testcase").ToList();
        Assert.Equal(report.Findings.Count, cases.Count);
        foreach (var (f, c) in report.Findings.Zip(cases))
        {
            Assert.Equal($"{f.Account}.{f.Region}", (string?)c.Attribute("classname"));
            Assert.Equal($"{f.ControlId}: {ControlCatalogue.Default.Find(f.ControlId)!.Title}", (string?)c.Attribute("name"));
            var outcome = c.Elements().Where(e => e.Name != "system-out").Select(e => e.Name.LocalName).SingleOrDefault();
            Assert.Equal(f.Status switch { Status.Fail => "failure", Status.Unknown => "error", Status.NotApplicable => "skipped", _ => null }, outcome);
            if (outcome is not null)
            {
                Assert.Equal(f.Reason, (string?)c.Element(outcome)!.Attribute("message"));
            }

            var output = (string)c.Element("system-out")!;
            Assert.Contains($"resource: {f.Resource}", output);
            Assert.All(f.Steps, s => Assert.Contains($"{s.Name}: {s.Status.ToWire()} {s.Detail}", output));
        }
    }

    [Fact]
    public void Suite_counts_agree_with_the_summary()
    {
        var report = SampleReports.Mixed();
        var suite = Parse(report).Root!.Element("testsuite")!;
        Assert.Equal(report.Findings.Count, (int)suite.Attribute("tests")!);
        Assert.Equal(report.Summary.Fail, (int)suite.Attribute("failures")!);
        Assert.Equal(report.Summary.Unknown, (int)suite.Attribute("errors")!);
        Assert.Equal(report.Summary.NotApplicable, (int)suite.Attribute("skipped")!);
        Assert.Equal(12.5, (double)suite.Attribute("time")!);
    }

    [Fact]
    public void Hostile_and_control_characters_survive_as_text()
    {
        var report = SampleReports.Hostile() with { };
        var withControlChar = report with
        {
            Findings = [.. report.Findings, report.Findings[0] with { Reason = "bell \u0007 here" }],
        };
        var cases = Parse(withControlChar).Descendants("testcase").ToList();
        Assert.Equal(SampleReports.Formula, (string?)cases[0].Element("failure")!.Attribute("message"));
        Assert.Contains(SampleReports.Script, (string)cases[0].Element("system-out")!);
        Assert.Equal("bell \uFFFD here", (string?)cases[2].Element("failure")!.Attribute("message"));
    }
}
