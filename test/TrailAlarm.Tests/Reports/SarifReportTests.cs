using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.Findings;

namespace TrailAlarm.Tests.Reports;

public class SarifReportTests
{
    private static JsonElement Run(AuditReport report)
    {
        using var doc = JsonDocument.Parse(SampleReports.Format("sarif").Render(report));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        return doc.RootElement.GetProperty("runs")[0].Clone();
    }

    [Fact]
    public void There_is_one_rule_per_control_described_from_the_catalogue()
    {
        var run = Run(SampleReports.Mixed());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["cloudtrail-changes-monitored", "config-changes-monitored", "config-records-cloudtrail"], rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            var control = ControlCatalogue.Default.Find(rule.GetProperty("id").GetString()!)!;
            Assert.Equal(control.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(control.Remediation, rule.GetProperty("help").GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Each_finding_is_a_result_pointing_at_its_rule_with_its_fields()
    {
        var report = SampleReports.Mixed();
        var run = Run(report);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(report.Findings.Count, results.Count);
        foreach (var (f, r) in report.Findings.Zip(results))
        {
            Assert.Equal(f.ControlId, r.GetProperty("ruleId").GetString());
            Assert.Equal(f.ControlId, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(f.Reason, r.GetProperty("message").GetProperty("text").GetString());
            var location = r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString();
            Assert.Equal(f.Resource.Length > 0 ? f.Resource : $"{f.Account}/{f.Region}", location);
            var properties = r.GetProperty("properties");
            Assert.Equal(f.Status.ToWire(), properties.GetProperty("status").GetString());
            Assert.Equal(f.Account, properties.GetProperty("account").GetString());
            Assert.Equal(f.Region, properties.GetProperty("region").GetString());
            Assert.Equal(f.Steps.Count, properties.GetProperty("steps").GetArrayLength());
            Assert.All(f.Frameworks, p => Assert.Equal(p.Value, properties.GetProperty("frameworks").GetProperty(p.Key).GetString()));
        }
    }

    [Fact]
    public void Fail_is_an_error_unknown_a_warning_and_pass_or_not_applicable_carry_no_level()
    {
        var results = Run(SampleReports.Mixed()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["error", "none", "warning", "none"], results.Select(r => r.GetProperty("level").GetString()));
        Assert.Equal(["fail", "pass", "fail", "notApplicable"], results.Select(r => r.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("critical", "error")]
    [InlineData("high", "error")]
    [InlineData("medium", "error")]
    [InlineData("low", "warning")]
    [InlineData("informational", "note")]
    public void A_failure_level_follows_the_control_severity(string severity, string level)
    {
        var report = SampleReports.Mixed();
        report = report with { Findings = [report.Findings[0] with { Severity = severity }] };
        Assert.Equal(level, Run(report).GetProperty("results")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task Sarif_multitool_finds_no_problem_with_its_sarif_or_github_code_scanning_rules()
    {
        var dir = Directory.CreateTempSubdirectory("trailalarm-sarif-").FullName;
        try
        {
            var file = Path.Combine(dir, "trailalarm-audit.sarif");
            await File.WriteAllTextAsync(file, SampleReports.Format("sarif").Render(SampleReports.Mixed()));
            Assert.Empty(await SarifMultitool.ValidateAsync(file));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Each_result_has_a_stable_physical_location_per_account_region_and_control()
    {
        var report = SampleReports.Mixed();
        var results = Run(report).GetProperty("results").EnumerateArray().ToList();
        foreach (var (f, r) in report.Findings.Zip(results))
        {
            var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal($"aws/{f.Account}/{f.Region}/{f.ControlId}", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(1, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        }

        Assert.Equal(results.Count, results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct().Count());
    }

    [Fact]
    public void Rule_names_differ_from_ids_and_the_tool_says_where_it_is_documented()
    {
        var driver = Run(SampleReports.Mixed()).GetProperty("tool").GetProperty("driver");
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        var rule = driver.GetProperty("rules")[0];
        Assert.Equal("cloudtrail-changes-monitored", rule.GetProperty("id").GetString());
        Assert.Equal("CloudtrailChangesMonitored", rule.GetProperty("name").GetString());
    }
}
