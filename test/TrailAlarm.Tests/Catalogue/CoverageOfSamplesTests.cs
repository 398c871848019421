using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;
using Xunit;

namespace TrailAlarm.Tests;

/// <summary>Coverage analysis over the catalogue's own samples: how rewordings and narrowings of a reference pattern are judged.</summary>
public sealed class CoverageOfSamplesTests
{
    private static FilterPattern Reference(string controlId)
        => FilterPattern.Parse(ControlCatalogue.Default.Find(controlId)!.ReferencePattern!).Pattern!;

    [Fact]
    public void Pattern_joined_by_and_misses_every_required_event_and_says_which_clause_rejected_it()
    {
        const string id = "cloudtrail-changes-monitored";
        var allAnd = FilterPattern.Parse("{ ($.eventName = CreateTrail) && ($.eventName = UpdateTrail) && ($.eventName = DeleteTrail) && ($.eventName = StartLogging) && ($.eventName = StopLogging) }").Pattern!;
        var report = Coverage.Analyse(allAnd, ControlEvents.Required(id), Reference(id), ControlEvents.Ignores(id));
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
        var report = Coverage.Analyse(noStop, ControlEvents.Required(id), Reference(id), ControlEvents.Ignores(id));
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
        var report = Coverage.Analyse(noSource, ControlEvents.Required(id), Reference(id), ControlEvents.Ignores(id));
        Assert.True(report.Covers);
        Assert.True(report.Wider);
        Assert.Contains(report.WiderOn, n => n.Contains(" from ", StringComparison.Ordinal));
    }

    [Fact]
    public void Prefix_wildcard_pattern_covers_and_is_wider()
    {
        const string id = "cloudtrail-changes-monitored";
        var wide = FilterPattern.Parse("{ $.eventSource = cloudtrail.amazonaws.com && $.readOnly IS FALSE }").Pattern!;
        var report = Coverage.Analyse(wide, ControlEvents.Required(id), Reference(id), ControlEvents.Ignores(id));
        Assert.True(report.Covers);
        Assert.True(report.Wider);
        Assert.Contains("AddTags", report.WiderOn);
    }
}
