using System.Xml;
using System.Xml.Linq;
using TrailAlarm.Catalogue;
using TrailAlarm.Findings;

namespace TrailAlarm.Tests.Reports;

public class HtmlReportTests
{
    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static IEnumerable<XElement> All(XDocument doc, string name) => doc.Descendants().Where(e => e.Name.LocalName == name);

    private static string? Attr(XElement e, string name) => (string?)e.Attribute(name);

    [Fact]
    public void Page_is_self_contained_with_no_script_and_no_external_reference()
    {
        var html = SampleReports.Format("html").Render(SampleReports.Hostile());
        var doc = Parse(html);
        Assert.Empty(All(doc, "script"));
        Assert.Empty(All(doc, "link"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/1999/xhtml", "", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
        Assert.Contains(All(doc, "meta"), m => Attr(m, "http-equiv") == "Content-Security-Policy" && Attr(m, "content")!.Contains("default-src 'none'"));
    }

    [Fact]
    public void Summary_and_account_region_table_count_the_findings()
    {
        var report = SampleReports.Mixed();
        var doc = Parse(SampleReports.Format("html").Render(report));
        var summary = All(doc, "ul").Single(u => Attr(u, "id") == "summary").Elements().ToDictionary(li => Attr(li, "data-status")!, li => (int)li.Elements().Single());
        Assert.Equal(new Dictionary<string, int> { ["PASS"] = 1, ["FAIL"] = 1, ["UNKNOWN"] = 1, ["NOT_APPLICABLE"] = 1 }, summary);
        var rows = All(doc, "table").Single(t => Attr(t, "id") == "by-account-region").Descendants().Where(e => e.Name.LocalName == "tbody").Single().Elements()
            .Select(tr => tr.Elements().Select(td => td.Value).ToArray()).ToList();
        Assert.Equal(
            [
                ["111111111111", "eu-west-1", "1", "0", "0", "0"],
                ["111111111111", "us-east-1", "0", "1", "0", "0"],
                ["222222222222", "ap-southeast-2", "0", "0", "0", "1"],
                ["222222222222", "us-east-1", "0", "0", "1", "0"],
            ],
            rows);
    }

    [Fact]
    public void Each_finding_shows_its_fields_steps_frameworks_and_remediation()
    {
        var report = SampleReports.Mixed();
        var articles = All(Parse(SampleReports.Format("html").Render(report)), "article").ToList();
        Assert.Equal(report.Findings.Count, articles.Count);
        foreach (var (f, a) in report.Findings.Zip(articles))
        {
            Assert.Equal(f.Status.ToWire(), Attr(a, "data-status"));
            Assert.Equal(f.ControlId, Attr(a, "data-control"));
            var fields = a.Descendants().Where(e => e.Name.LocalName == "dd").ToDictionary(dd => Attr(dd, "data-field")!, dd => dd.Value);
            Assert.Equal(f.Account, fields["account"]);
            Assert.Equal(f.Region, fields["region"]);
            Assert.Equal(f.Resource, fields["resource"]);
            Assert.Equal(f.Reason, fields["reason"]);
            var steps = a.Descendants().Where(e => e.Name.LocalName == "tbody").Single().Elements()
                .Select(tr => tr.Elements().Select(td => td.Value).ToArray()).ToList();
            Assert.Equal(f.Steps.Select(s => new[] { s.Name, s.Status.ToWire(), s.Detail }), steps);
            var frameworks = a.Descendants().Where(e => e.Name.LocalName == "li").Select(li => li.Value).ToList();
            Assert.Equal(f.Frameworks.Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal), frameworks);
            var remediation = a.Descendants().SingleOrDefault(e => Attr(e, "class") == "remediation")?.Value;
            Assert.Equal(f.Status == Status.Pass ? null : ControlCatalogue.Default.Find(f.ControlId)!.Remediation, remediation);
        }
    }

    [Fact]
    public void Script_and_formula_text_are_escaped_and_read_back_as_text()
    {
        var html = SampleReports.Format("html").Render(SampleReports.Hostile());
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        var articles = All(Parse(html), "article").ToList();
        var fields = articles[0].Descendants().Where(e => e.Name.LocalName == "dd").ToDictionary(dd => Attr(dd, "data-field")!, dd => dd.Value);
        Assert.Equal(SampleReports.Formula, fields["reason"]);
        Assert.EndsWith(SampleReports.Script, fields["resource"]);
        Assert.Equal(SampleReports.Formula, Attr(articles[1], "data-control"));
    }
}
