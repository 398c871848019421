using System.Globalization;
using BenchmarkDotNet.Attributes;
using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Reports;

namespace TrailAlarm.Reports.Benchmarks;

/// <summary>Time to render an organisation-sized audit (Accounts × every catalogue control) in each format.</summary>
[MemoryDiagnoser]
public class ReportRenderingBenchmarks
{
    private AuditReport report = null!;
    private IReportFormat renderer = null!;

    [Params(1000)]
    public int Accounts { get; set; }

    [Params("csv", "ocsf", "asff", "sarif", "junit", "html")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        renderer = ReportFormats.Default.Find(Format)!;
        var findings = new List<Finding>();
        var statuses = Enum.GetValues<Status>();
        for (var a = 0; a < Accounts; a++)
        {
            var account = (100000000000L + a).ToString(CultureInfo.InvariantCulture);
            foreach (var control in ControlCatalogue.Default.Controls)
            {
                findings.Add(new Finding(control.Id, statuses[(a + findings.Count) % statuses.Length], control.Severity, account, "us-east-1",
                    $"arn:aws:cloudtrail:us-east-1:{account}:trail/main", "No metric filter on log group 'ct' matches StopLogging.",
                    [new Step("trail", Status.Pass, "multi-region trail 'main' is logging"), new Step("metric-filter", Status.Fail, "no filter covers StopLogging")],
                    control.Frameworks));
            }
        }

        report = new AuditReport("bench", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1), findings);
    }

    [Benchmark]
    public int Render() => renderer.Render(report).Length;
}
