using TrailAlarm.Findings;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Tests.Frameworks;

public class FrameworkViewTests
{
    private static Finding Finding(string controlId, string account) =>
        new(controlId, Status.Fail, "medium", account, "us-east-1", "", "r", [], new Dictionary<string, string> { ["other"] = "x" });

    [Fact]
    public void Only_the_framework_controls_remain_in_its_order_labelled_with_its_items()
    {
        var report = new AuditReport("1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        [
            Finding("config-records-cloudtrail", "1"),
            Finding("config-changes-monitored", "1"),
            Finding("cloudtrail-changes-monitored", "2"),
            Finding("config-changes-monitored", "2"),
        ]);
        var viewed = FrameworkView.Apply(report, FrameworkCatalogue.Default.Find("cis-aws-foundations-6.0.0")!);
        Assert.Equal(
            [("cloudtrail-changes-monitored", "2", "5.5"), ("config-changes-monitored", "1", "5.9"), ("config-changes-monitored", "2", "5.9")],
            viewed.Findings.Select(f => (f.ControlId, f.Account, Assert.Single(f.Frameworks).Value)));
        Assert.All(viewed.Findings, f => Assert.Equal("cis-aws-foundations-6.0.0", f.Frameworks.Keys.Single()));
    }
}
