using TrailAlarm.Catalogue;
using TrailAlarm.Frameworks;
using Xunit;

namespace TrailAlarm.Tests;

/// <summary>The loader refuses a control folder that would let the control judge vacuously, naming file, line and event.</summary>
public sealed class ControlFolderTests
{
    private const string Id = "cloudtrail-changes-monitored";

    private static Dictionary<string, string> Folder()
    {
        var samples = ControlCatalogue.Default.SamplesOf(Id);
        var control = ControlCatalogue.Default.Find(Id)!;
        var json = $$"""
            { "id": "{{Id}}", "title": "t", "severity": "medium", "kind": "metric-filter-alarm", "rationale": "r", "remediation": "m",
              "referencePattern": {{System.Text.Json.JsonSerializer.Serialize(control.ReferencePattern)}},
              "defaultAlarmName": "A", "defaultMetricName": "M" }
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
    public void A_complete_folder_loads_and_derives_its_required_events()
    {
        var catalogue = ControlCatalogue.FromFiles(Folder(), FrameworkCatalogue.Default);
        Assert.Equal(["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"], catalogue.Find(Id)!.RequiredEvents);
    }

    [Fact]
    public void A_misspelt_samples_file_is_refused_rather_than_read_as_no_samples()
    {
        var files = Folder();
        files[$"{Id}/fires-on.json"] = files[$"{Id}/fires-on.jsonl"];
        files.Remove($"{Id}/fires-on.jsonl");
        Assert.Contains("unexpected file 'fires-on.json'", Refused(files), StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_filter_control_without_fires_on_records_is_refused()
    {
        var files = Folder();
        files[$"{Id}/fires-on.jsonl"] = "\n";
        Assert.Contains($"controls/{Id}/fires-on.jsonl: a metric-filter-alarm control needs at least one record", Refused(files), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fires_on_record_the_reference_pattern_misses_is_refused_with_its_line()
    {
        var files = Folder();
        files[$"{Id}/fires-on.jsonl"] += ControlCatalogue.Default.SamplesOf(Id).Ignores[0].Json.Replace("\"DescribeTrails\"", "\"PutEventSelectors\"", StringComparison.Ordinal) + "\n";
        Assert.Contains("fires-on.jsonl line 6 (PutEventSelectors): the reference pattern does not fire on it", Refused(files), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ignores_record_the_reference_pattern_fires_on_is_refused()
    {
        var files = Folder();
        files[$"{Id}/ignores.jsonl"] = ControlCatalogue.Default.SamplesOf(Id).FiresOn[4].Json + "\n";
        Assert.Contains("ignores.jsonl line 1 (StopLogging): the reference pattern fires on it", Refused(files), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_in_control_json_is_refused()
    {
        var files = Folder();
        files[$"{Id}/control.json"] = files[$"{Id}/control.json"].Replace("\"referencePattern\"", "\"referencePatern\"", StringComparison.Ordinal);
        Assert.Contains($"controls/{Id}/control.json", Refused(files), StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_differs_from_its_folder_is_refused()
    {
        var files = Folder();
        files[$"{Id}/control.json"] = files[$"{Id}/control.json"].Replace($"\"{Id}\"", "\"cloudtrail-change-monitored\"", StringComparison.Ordinal);
        Assert.Contains("differs from its folder name", Refused(files), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_the_fields_cloudtrail_always_writes_is_refused()
    {
        var files = Folder();
        files[$"{Id}/ignores.jsonl"] = "{\"eventName\":\"DescribeTrails\"}\n";
        Assert.Contains("ignores.jsonl line 1: lacks 'eventVersion'", Refused(files), StringComparison.Ordinal);
    }
}
