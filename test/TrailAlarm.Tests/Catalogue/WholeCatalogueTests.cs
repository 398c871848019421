using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Frameworks;
using Xunit;

namespace TrailAlarm.Tests;

/// <summary>Every control folder of the embedded catalogue, checked the same way: a new folder is covered without a new test.</summary>
public sealed class WholeCatalogueTests
{
    private static readonly ControlCatalogue Catalogue = ControlCatalogue.Default;

    public static TheoryData<string> MetricControls => [.. Catalogue.Controls.Where(c => c.Kind == ControlKinds.MetricFilterAlarm).Select(c => c.Id)];

    [Fact]
    public void The_cis_monitoring_group_is_the_fifteen_items_of_the_section()
    {
        var group = Catalogue.Resolve("cis-monitoring")!;
        var cis5 = FrameworkCatalogue.Default.Find("cis-aws-foundations-5.0.0")!;
        var section4 = cis5.Items.Where(i => i.Item!.StartsWith("4.", StringComparison.Ordinal)).Select(i => i.Control).ToList();
        Assert.Equal(15, section4.Count);
        Assert.Equal(section4.Order(StringComparer.Ordinal), group.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.All(group, c => Assert.Equal(ControlKinds.MetricFilterAlarm, c.Kind));
    }

    [Theory]
    [MemberData(nameof(MetricControls))]
    public void Required_events_are_the_event_names_of_the_fires_on_records(string id)
    {
        var control = Catalogue.Find(id)!;
        var names = Catalogue.SamplesOf(id).FiresOn.Select(e => EventName(e.Json)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(names, control.RequiredEvents.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MetricControls))]
    public void The_reference_pattern_fires_on_every_fires_on_record_and_on_no_ignores_record(string id)
    {
        var reference = FilterPattern.Parse(Catalogue.Find(id)!.ReferencePattern!).Pattern!;
        var samples = Catalogue.SamplesOf(id);
        Assert.NotEmpty(samples.FiresOn);
        Assert.NotEmpty(samples.Ignores);
        Assert.All(samples.FiresOn, e => Assert.True(reference.Matches(e.Json), $"{id} misses {e.Name}"));
        Assert.All(samples.Ignores, e => Assert.False(reference.Matches(e.Json), $"{id} fires on {e.Name}"));
        var report = Coverage.Analyse(reference, samples.FiresOn, reference, samples.Ignores);
        Assert.True(report.Covers);
        Assert.False(report.Wider);
    }

    [Theory]
    [MemberData(nameof(MetricControls))]
    public void Samples_are_whole_cloudtrail_records_on_one_line(string id)
    {
        string[] fields = ["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress",
            "userAgent", "requestParameters", "responseElements", "requestID", "eventID", "eventType", "managementEvent",
            "recipientAccountId", "eventCategory"];
        var samples = Catalogue.SamplesOf(id);
        foreach (var sample in samples.FiresOn.Concat(samples.Ignores))
        {
            using var doc = JsonDocument.Parse(sample.Json);
            Assert.All(fields, f => Assert.True(doc.RootElement.TryGetProperty(f, out _), $"{id}: {sample.Name} lacks {f}"));
            Assert.DoesNotContain('\n', sample.Json);
        }

        var ids = samples.FiresOn.Concat(samples.Ignores).Select(e => JsonDocument.Parse(e.Json).RootElement.GetProperty("eventID").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_control_is_numbered_by_at_least_one_framework_and_no_item_is_unnumbered()
    {
        Assert.All(Catalogue.Controls, c => Assert.NotEmpty(c.Frameworks));
        var unnumbered = FrameworkCatalogue.Default.Frameworks.SelectMany(f => f.Items.Where(i => i.Item is null).Select(i => $"{f.Id}:{i.Control}"));
        Assert.Empty(unnumbered);
    }

    [Fact]
    public void Every_framework_item_names_a_control_of_the_catalogue()
    {
        var unknown = FrameworkCatalogue.Default.Frameworks.SelectMany(f => f.Items.Where(i => Catalogue.Find(i.Control) is null).Select(i => $"{f.Id}:{i.Control}"));
        Assert.Empty(unknown);
    }

    [Fact]
    public void Default_alarm_and_metric_names_are_unique_so_one_plan_can_create_them_all()
    {
        var metric = Catalogue.Controls.Where(c => c.Kind == ControlKinds.MetricFilterAlarm).ToList();
        Assert.Equal(metric.Count, metric.Select(c => c.DefaultAlarmName).Distinct().Count());
        Assert.Equal(metric.Count, metric.Select(c => c.DefaultMetricName).Distinct().Count());
    }

    [Fact]
    public void Groups_expand_in_place_and_ids_pass_through()
    {
        var expanded = Catalogue.Expand(["config-records-cloudtrail", "cis-monitoring", "cloudtrail-changes-monitored", "no-such-control"]);
        Assert.Equal("config-records-cloudtrail", expanded[0]);
        Assert.Equal(Catalogue.Resolve("cis-monitoring")!.Count + 2, expanded.Count);
        Assert.Equal("no-such-control", expanded[^1]);
        Assert.Null(Catalogue.Resolve("no-such-control"));
    }

    private static string EventName(string json) => JsonDocument.Parse(json).RootElement.GetProperty("eventName").GetString()!;
}
