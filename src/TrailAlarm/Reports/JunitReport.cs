using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>
/// JUnit XML: one testcase per finding; FAIL is a failure, NOT_APPLICABLE skipped, UNKNOWN an error (the check
/// itself could not run), PASS a plain testcase.
/// </summary>
internal sealed class JunitReport(ControlText text) : IReportFormat
{
    public string Name => "junit";

    public string FileName => "trailalarm-audit.junit.xml";

    public string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        var seconds = Math.Max(0, (report.FinishedAt - report.StartedAt).TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        var suite = new XElement("testsuite",
            new XAttribute("name", "trailalarm audit"),
            new XAttribute("tests", report.Findings.Count),
            new XAttribute("failures", summary.Fail),
            new XAttribute("errors", summary.Unknown),
            new XAttribute("skipped", summary.NotApplicable),
            new XAttribute("time", seconds),
            new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            report.Findings.Select(TestCase));
        var root = new XElement("testsuites",
            new XAttribute("name", "trailalarm"),
            new XAttribute("tests", report.Findings.Count),
            new XAttribute("failures", summary.Fail),
            new XAttribute("errors", summary.Unknown),
            new XAttribute("skipped", summary.NotApplicable),
            new XAttribute("time", seconds),
            suite);
        return Serialize(new XDocument(new XDeclaration("1.0", "utf-8", null), root));
    }

    private XElement TestCase(Finding f)
    {
        var testcase = new XElement("testcase",
            new XAttribute("classname", XmlText.Clean($"{f.Account}.{f.Region}")),
            new XAttribute("name", XmlText.Clean($"{f.ControlId}: {text.Title(f.ControlId)}")),
            new XAttribute("time", "0"));
        var detail = Detail(f);
        switch (f.Status)
        {
            case Status.Fail:
                testcase.Add(new XElement("failure", new XAttribute("message", XmlText.Clean(f.Reason)), new XAttribute("type", "FAIL"), detail));
                break;
            case Status.Unknown:
                testcase.Add(new XElement("error", new XAttribute("message", XmlText.Clean(f.Reason)), new XAttribute("type", "UNKNOWN"), detail));
                break;
            case Status.NotApplicable:
                testcase.Add(new XElement("skipped", new XAttribute("message", XmlText.Clean(f.Reason))));
                break;
        }

        testcase.Add(new XElement("system-out", detail));
        return testcase;
    }

    private string Detail(Finding f)
    {
        var detail = new StringBuilder();
        detail.Append(CultureInfo.InvariantCulture, $"resource: {f.Resource}\n");
        foreach (var step in f.Steps)
        {
            detail.Append(CultureInfo.InvariantCulture, $"{step.Name}: {step.Status.ToWire()} {step.Detail}\n");
        }

        if (f.Status != Status.Pass && text.Remediation(f.ControlId) is { Length: > 0 } hint)
        {
            detail.Append(CultureInfo.InvariantCulture, $"remediation: {hint}\n");
        }

        return XmlText.Clean(detail.ToString());
    }

    private static string Serialize(XDocument document)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(output), settings))
        {
            document.Save(writer);
        }

        return output.Append('\n').ToString();
    }

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration matches the bytes we write to disk.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
