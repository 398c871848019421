using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.Findings;

namespace TrailAlarm.Tests.Reports;

public class AsffReportTests
{
    private static List<JsonElement> Findings(AuditReport report)
    {
        using var doc = JsonDocument.Parse(SampleReports.Format("asff").Render(report));
        Assert.Single(doc.RootElement.EnumerateObject());
        return doc.RootElement.GetProperty("Findings").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void Each_finding_becomes_a_batch_import_finding_with_its_fields()
    {
        var report = SampleReports.Mixed();
        var asff = Findings(report);
        Assert.Equal(report.Findings.Count, asff.Count);
        foreach (var (f, a) in report.Findings.Zip(asff))
        {
            Assert.Equal("2018-10-08", a.GetProperty("SchemaVersion").GetString());
            Assert.Equal(f.Account, a.GetProperty("AwsAccountId").GetString());
            Assert.Equal(f.Region, a.GetProperty("Region").GetString());
            Assert.Equal($"arn:aws:securityhub:{f.Region}:{f.Account}:product/{f.Account}/default", a.GetProperty("ProductArn").GetString());
            Assert.Equal($"trailalarm/{f.ControlId}", a.GetProperty("GeneratorId").GetString());
            Assert.Equal(ControlCatalogue.Default.Find(f.ControlId)!.Title, a.GetProperty("Title").GetString());
            Assert.Equal(f.Reason, a.GetProperty("Description").GetString());
            Assert.Equal("2026-03-04T05:06:19.500Z", a.GetProperty("UpdatedAt").GetString());
            Assert.Equal(f.Severity, a.GetProperty("Severity").GetProperty("Original").GetString());
            var resource = a.GetProperty("Resources")[0];
            Assert.Equal(f.Resource.Length > 0 ? f.Resource : $"AWS::::Account:{f.Account}", resource.GetProperty("Id").GetString());
            var requirements = a.GetProperty("Compliance").GetProperty("RelatedRequirements").EnumerateArray().Select(r => r.GetString()).ToList();
            Assert.Equal(f.Frameworks.Count, requirements.Count);
            Assert.All(f.Frameworks, p => Assert.Contains($"{p.Key} {p.Value}", requirements));
            var fields = a.GetProperty("ProductFields");
            Assert.Equal(f.Status.ToWire(), fields.GetProperty("trailalarm/Status").GetString());
            for (var i = 0; i < f.Steps.Count; i++)
            {
                Assert.Equal($"{f.Steps[i].Status.ToWire()}: {f.Steps[i].Detail}", fields.GetProperty($"trailalarm/Steps/{i + 1}/{f.Steps[i].Name}").GetString());
            }
        }
    }

    [Fact]
    public void Statuses_map_to_security_hub_compliance_and_severity_labels()
    {
        var asff = Findings(SampleReports.Mixed());
        Assert.Equal(["FAILED", "PASSED", "WARNING", "NOT_AVAILABLE"], asff.Select(a => a.GetProperty("Compliance").GetProperty("Status").GetString()));
        Assert.Equal(["MEDIUM", "INFORMATIONAL", "MEDIUM", "INFORMATIONAL"], asff.Select(a => a.GetProperty("Severity").GetProperty("Label").GetString()));
    }

    [Fact]
    public void Resource_types_follow_the_arn()
    {
        var asff = Findings(SampleReports.Mixed());
        Assert.Equal(["AwsCloudTrailTrail", "AwsCloudWatchAlarm", "AwsAccount", "AwsSnsTopic"],
            asff.Select(a => a.GetProperty("Resources")[0].GetProperty("Type").GetString()));
    }

    [Fact]
    public void Required_fields_of_the_service_model_are_present()
    {
        string[] required = ["SchemaVersion", "Id", "ProductArn", "GeneratorId", "AwsAccountId", "CreatedAt", "UpdatedAt", "Title", "Description", "Resources"];
        foreach (var a in Findings(SampleReports.Hostile()))
        {
            Assert.All(required, name => Assert.True(a.TryGetProperty(name, out _), name));
            Assert.True(a.GetProperty("Title").GetString()!.Length <= 256);
        }
    }
}
