using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.Findings;

namespace TrailAlarm.Tests.Reports;

public class OcsfReportTests
{
    private static List<JsonElement> Events(AuditReport report)
    {
        using var doc = JsonDocument.Parse(SampleReports.Format("ocsf").Render(report));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void Each_finding_is_a_compliance_finding_event_with_its_fields()
    {
        var report = SampleReports.Mixed();
        var events = Events(report);
        Assert.Equal(report.Findings.Count, events.Count);
        foreach (var (f, e) in report.Findings.Zip(events))
        {
            Assert.Equal(2003, e.GetProperty("class_uid").GetInt32());
            Assert.Equal(2, e.GetProperty("category_uid").GetInt32());
            Assert.Equal(200301, e.GetProperty("type_uid").GetInt32());
            Assert.Equal(SampleReports.Finished.ToUnixTimeMilliseconds(), e.GetProperty("time").GetInt64());
            Assert.StartsWith("1.", e.GetProperty("metadata").GetProperty("version").GetString());
            Assert.Equal("1.2.3", e.GetProperty("metadata").GetProperty("product").GetProperty("version").GetString());
            Assert.Equal(3, e.GetProperty("severity_id").GetInt32());
            Assert.Equal(ControlCatalogue.Default.Find(f.ControlId)!.Title, e.GetProperty("finding_info").GetProperty("title").GetString());
            Assert.Equal(f.Reason, e.GetProperty("message").GetString());
            var compliance = e.GetProperty("compliance");
            Assert.Equal(f.ControlId, compliance.GetProperty("control").GetString());
            Assert.Equal(f.Frameworks.Keys.Order(), compliance.GetProperty("standards").EnumerateArray().Select(s => s.GetString()!));
            Assert.Equal(f.Account, e.GetProperty("cloud").GetProperty("account").GetProperty("uid").GetString());
            Assert.Equal(f.Region, e.GetProperty("cloud").GetProperty("region").GetString());
            Assert.Equal(f.Resource.Length > 0 ? f.Resource : f.Account, e.GetProperty("resources")[0].GetProperty("uid").GetString());
            var steps = e.GetProperty("unmapped").GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(f.Steps.Select(s => (s.Name, s.Status.ToWire(), s.Detail)),
                steps.Select(s => (s.GetProperty("step").GetString()!, s.GetProperty("status").GetString()!, s.GetProperty("detail").GetString()!)));
        }
    }

    [Fact]
    public void Statuses_map_to_ocsf_compliance_status_ids()
    {
        var events = Events(SampleReports.Mixed());
        Assert.Equal([3, 1, 0, 99], events.Select(e => e.GetProperty("compliance").GetProperty("status_id").GetInt32()));
        Assert.Equal(["Fail", "Pass", "Unknown", "Not Applicable"], events.Select(e => e.GetProperty("compliance").GetProperty("status").GetString()));
    }

    [Fact]
    public void Remediation_appears_only_when_something_is_to_be_done()
    {
        var events = Events(SampleReports.Mixed());
        Assert.True(events[0].TryGetProperty("remediation", out _));
        Assert.False(events[1].TryGetProperty("remediation", out _));
    }
}
