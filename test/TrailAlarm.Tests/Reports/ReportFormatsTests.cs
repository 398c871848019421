using TrailAlarm.Reports;

namespace TrailAlarm.Tests.Reports;

public class ReportFormatsTests
{
    [Fact]
    public void Registry_offers_every_file_format_of_audit_by_name()
    {
        Assert.Equal(["csv", "ocsf", "asff", "sarif", "junit", "html"], ReportFormats.Default.Names);
        Assert.Null(ReportFormats.Default.Find("pdf"));
    }

    [Fact]
    public void Every_format_has_its_own_file_name()
    {
        var names = ReportFormats.Default.All.Select(f => f.FileName).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("ocsf")]
    [InlineData("asff")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("html")]
    public void Rendering_is_a_pure_function_of_the_report(string format)
    {
        var renderer = SampleReports.Format(format);
        Assert.Equal(renderer.Render(SampleReports.Mixed()), renderer.Render(SampleReports.Mixed()));
        Assert.NotEqual(renderer.Render(SampleReports.Mixed()), renderer.Render(SampleReports.Hostile()));
    }
}
