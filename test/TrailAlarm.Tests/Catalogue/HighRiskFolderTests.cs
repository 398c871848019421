using TrailAlarm.Catalogue;
using TrailAlarm.Frameworks;
using Xunit;

namespace TrailAlarm.Tests;

/// <summary>The loader refuses a high-risk variant that would judge wrongly, naming the file and the event.</summary>
public sealed class HighRiskFolderTests
{
    private const string Id = "cloudtrail-changes-monitored";

    private static Dictionary<string, string> Folder(string events, string pattern)
    {
        var samples = ControlCatalogue.Default.SamplesOf(Id);
        var control = ControlCatalogue.Default.Find(Id)!;
        var json = $$"""
            { "id": "{{Id}}", "title": "t", "severity": "medium", "kind": "metric-filter-alarm", "rationale": "r", "remediation": "m",
              "referencePattern": {{System.Text.Json.JsonSerializer.Serialize(control.ReferencePattern)}},
              "defaultAlarmName": "A", "defaultMetricName": "M",
              "highRisk": { "events": [{{events}}], "pattern": {{System.Text.Json.JsonSerializer.Serialize(pattern)}}, "why": "w" } }
            """;
        return new Dictionary<string, string>
        {
            [$"{Id}/control.json"] = json,
            [$"{Id}/fires-on.jsonl"] = string.Join("\n", samples.FiresOn.Select(e => e.Json)) + "\n",
            [$"{Id}/ignores.jsonl"] = string.Join("\n", samples.Ignores.Select(e => e.Json)) + "\n",
        };
    }

    private static string Refused(Dictionary<string, string> files)
        => Assert.Throws<InvalidDataException>(() => ControlCatalogue.FromFiles(files, FrameworkCatalogue.Default)).Message;

    [Fact]
    public void A_sound_variant_loads()
    {
        var catalogue = ControlCatalogue.FromFiles(Folder("\"StopLogging\"", "{ $.eventName = StopLogging }"), FrameworkCatalogue.Default);
        Assert.Equal(["StopLogging"], catalogue.Find(Id)!.HighRisk!.Events);
    }

    [Fact]
    public void An_event_that_is_not_required_is_refused()
        => Assert.Contains("highRisk event 'StopLoging' is not a required event", Refused(Folder("\"StopLoging\"", "{ $.eventName = StopLogging }")), StringComparison.Ordinal);

    [Fact]
    public void A_pattern_that_misses_one_of_its_events_is_refused()
        => Assert.Contains("does not fire on fires-on record DeleteTrail", Refused(Folder("\"StopLogging\", \"DeleteTrail\"", "{ $.eventName = StopLogging }")), StringComparison.Ordinal);

    [Fact]
    public void A_pattern_no_narrower_than_the_benchmark_is_refused()
        => Assert.Contains("fires on fires-on record CreateTrail, which is not one of its events", Refused(Folder("\"StopLogging\"", "{ $.eventName = StopLogging || $.eventName = CreateTrail }")), StringComparison.Ordinal);

    [Fact]
    public void A_pattern_that_fires_on_a_near_miss_is_refused()
        => Assert.Contains("highRisk.pattern fires on ignores record", Refused(Folder("\"StopLogging\"", "{ $.eventName = StopLogging || $.eventName = DescribeTrails }")), StringComparison.Ordinal);

    [Fact]
    public void A_pattern_that_does_not_parse_is_refused()
        => Assert.Contains("highRisk.pattern does not parse", Refused(Folder("\"StopLogging\"", "{ $.eventName = ")), StringComparison.Ordinal);
}
