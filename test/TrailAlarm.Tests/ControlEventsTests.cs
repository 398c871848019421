using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;
using Xunit;

namespace TrailAlarm.Tests;

public sealed class ControlEventsTests
{
    private static readonly string[] MetricFilterControls = ["cloudtrail-changes-monitored", "config-changes-monitored"];

    // The near misses of both controls: the pool these tests held before each control had its own ignores file.
    private static List<SampleEvent> Others() => MetricFilterControls.SelectMany(ControlEvents.Ignores).ToList();

    private static FilterPattern Reference(string controlId)
        => FilterPattern.Parse(ControlCatalogue.Default.Find(controlId)!.ReferencePattern!).Pattern!;

    [Theory]
    [InlineData("cloudtrail-changes-monitored")]
    [InlineData("config-changes-monitored")]
    public void Every_required_event_named_by_the_control_has_exactly_one_sample(string controlId)
    {
        var control = ControlCatalogue.Default.Find(controlId)!;
        var names = ControlEvents.Required(controlId).Select(e => e.Name).ToList();
        Assert.Equal(control.RequiredEvents.OrderBy(n => n, StringComparer.Ordinal), names.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("cloudtrail-changes-monitored", "cloudtrail.amazonaws.com")]
    [InlineData("config-changes-monitored", "config.amazonaws.com")]
    public void Required_samples_are_complete_cloudtrail_records_from_the_right_service(string controlId, string source)
    {
        string[] fields = ["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress",
            "userAgent", "requestParameters", "responseElements", "requestID", "eventID", "readOnly", "eventType",
            "managementEvent", "recipientAccountId", "eventCategory"];
        foreach (var sample in ControlEvents.Required(controlId))
        {
            using var doc = JsonDocument.Parse(sample.Json);
            foreach (var field in fields) Assert.True(doc.RootElement.TryGetProperty(field, out _), $"{sample.Name} lacks {field}");
            Assert.Equal(source, doc.RootElement.GetProperty("eventSource").GetString());
            Assert.DoesNotContain('\n', sample.Json);
        }
    }

    [Theory]
    [InlineData("cloudtrail-changes-monitored")]
    [InlineData("config-changes-monitored")]
    public void The_reference_pattern_fires_on_every_required_sample(string controlId)
    {
        var reference = Reference(controlId);
        Assert.All(ControlEvents.Required(controlId), e => Assert.True(reference.Matches(e.Json), e.Name));
    }

    [Fact]
    public void No_reference_pattern_fires_on_the_other_samples()
    {
        var others = Others();
        Assert.True(others.Count >= 20);
        foreach (var id in MetricFilterControls)
        {
            var reference = Reference(id);
            Assert.All(others, e => Assert.False(reference.Matches(e.Json), $"{id} fires on {e.Name}"));
        }
    }

    [Fact]
    public void An_unknown_control_has_no_required_samples()
    {
        Assert.Empty(ControlEvents.Required("no-such-control"));
        Assert.Empty(ControlEvents.Required("../controls"));
    }

    [Fact]
    public void The_reference_pattern_covers_its_control_and_is_not_wider()
    {
        foreach (var id in MetricFilterControls)
        {
            var report = Coverage.Analyse(Reference(id), ControlEvents.Required(id), Reference(id), Others());
            Assert.True(report.Covers);
            Assert.Empty(report.Missed);
            Assert.False(report.Wider);
        }
    }

    [Fact]
    public void Pattern_joined_by_and_misses_every_required_event_and_says_which_clause_rejected_it()
    {
        const string id = "cloudtrail-changes-monitored";
        var allAnd = FilterPattern.Parse("{ ($.eventName = CreateTrail) && ($.eventName = UpdateTrail) && ($.eventName = DeleteTrail) && ($.eventName = StartLogging) && ($.eventName = StopLogging) }").Pattern!;
        var report = Coverage.Analyse(allAnd, ControlEvents.Required(id), Reference(id), Others());
        Assert.False(report.Covers);
        Assert.Equal(5, report.Missed.Count);
        var update = report.Missed.Single(m => m.Event == "UpdateTrail");
        Assert.Contains("eventName = UpdateTrail required", update.Why, StringComparison.Ordinal);
        Assert.Contains("&& clause `$.eventName = \"CreateTrail\"` is false", update.Why, StringComparison.Ordinal);
        Assert.Contains("\"UpdateTrail\"", update.Why, StringComparison.Ordinal);
        var create = report.Missed.Single(m => m.Event == "CreateTrail");
        Assert.Contains("`$.eventName = \"UpdateTrail\"` is false", create.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_missing_one_event_misses_only_that_event()
    {
        const string id = "cloudtrail-changes-monitored";
        var noStop = FilterPattern.Parse("{ $.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging }").Pattern!;
        var report = Coverage.Analyse(noStop, ControlEvents.Required(id), Reference(id), Others());
        Assert.False(report.Covers);
        var missed = Assert.Single(report.Missed);
        Assert.Equal("StopLogging", missed.Event);
        Assert.Contains("none of the pattern's || alternatives is true", missed.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_pattern_without_the_event_source_clause_is_wider()
    {
        const string id = "config-changes-monitored";
        var noSource = FilterPattern.Parse("{ $.eventName = StopConfigurationRecorder || $.eventName = DeleteDeliveryChannel || $.eventName = PutDeliveryChannel || $.eventName = PutConfigurationRecorder }").Pattern!;
        var report = Coverage.Analyse(noSource, ControlEvents.Required(id), Reference(id), Others());
        Assert.True(report.Covers);
        Assert.True(report.Wider);
        Assert.Contains(report.WiderOn, n => n.Contains(" from ", StringComparison.Ordinal));
    }

    [Fact]
    public void Prefix_wildcard_pattern_covers_and_is_wider()
    {
        const string id = "cloudtrail-changes-monitored";
        var wide = FilterPattern.Parse("{ $.eventSource = cloudtrail.amazonaws.com && $.readOnly IS FALSE }").Pattern!;
        var report = Coverage.Analyse(wide, ControlEvents.Required(id), Reference(id), Others());
        Assert.True(report.Covers);
        Assert.True(report.Wider);
        Assert.Contains("PutEventSelectors", report.WiderOn);
    }
}
