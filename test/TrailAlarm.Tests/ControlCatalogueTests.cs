using TrailAlarm.Catalogue;

namespace TrailAlarm.Tests;

public class ControlCatalogueTests
{
    [Fact]
    public void Catalogue_has_the_three_seed_controls()
    {
        var ids = ControlCatalogue.Default.Controls.Select(c => c.Id).ToArray();
        Assert.Equal(["cloudtrail-changes-monitored", "config-changes-monitored", "config-records-cloudtrail"], ids);
    }

    [Fact]
    public void Metric_filter_controls_carry_a_reference_pattern_and_required_events()
    {
        foreach (var control in ControlCatalogue.Default.Controls.Where(c => c.Kind == ControlKinds.MetricFilterAlarm))
        {
            Assert.False(string.IsNullOrWhiteSpace(control.ReferencePattern), control.Id);
            Assert.NotEmpty(control.RequiredEvents);
            Assert.NotNull(control.DefaultAlarmName);
        }
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_id()
    {
        Assert.Null(ControlCatalogue.Default.Find("no-such-control"));
        Assert.Equal("CloudTrail Changes", ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!.DefaultAlarmName);
    }
}
