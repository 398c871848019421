using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;
using TrailAlarm.Testing;

namespace TrailAlarm.Tests.Scanning;

/// <summary>
/// Third-party CloudTrail events with the outcome their authors' CIS evaluation expects: the two CIS controls must
/// reproduce derived_cis_helper for every record, and neither may fire on the background traffic
/// (its provenance: no CIS 4.5/4.9 or other tampering calls; the other CIS patterns, such as 4.1, do fire on it).
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> LabelledFiles => new() { "panther", "stratus", "streamalert", "awsdocs" };

    [Theory]
    [MemberData(nameof(LabelledFiles))]
    public void Every_record_gives_the_expected_outcome_for_both_cis_controls(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(SharedFolder.Corpus, name + ".jsonl"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFolder.Corpus, name + ".expected.json")));
        var events = expected.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(lines.Length, events.Count);

        var scan = new UnitScan(name, ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored", "config-changes-monitored"]), ScanWindow.All);
        for (var i = 0; i < lines.Length; i++)
        {
            scan.Record(Encoding.UTF8.GetBytes(lines[i]), new RecordPosition(i + 1, i + 1));
        }

        var mismatches = new List<string>();
        for (var i = 0; i < events.Count; i++)
        {
            var cis = events[i].GetProperty("derived_cis_helper");
            Check(i + 1, "cloudtrail-changes-monitored", cis.GetProperty("cis_cloudtrail_config_changes").GetBoolean());
            Check(i + 1, "config-changes-monitored", cis.GetProperty("cis_aws_config_changes").GetBoolean());
        }

        Assert.Empty(mismatches);
        Assert.True(scan.Matches.Count > 0, "every labelled file holds at least one tampering event");

        void Check(int line, string control, bool fires)
        {
            var fired = scan.Matches.Any(m => m.Line == line && m.RuleId == control);
            if (fired != fires)
            {
                mismatches.Add($"{name}:{line} {control} expected {fires} got {fired}");
            }
        }
    }

    [Fact]
    public void Matches_name_the_event_by_its_top_level_fields()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedFolder.Corpus, "panther.jsonl"));
        var scan = new UnitScan("panther.jsonl", ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), ScanWindow.All);
        for (var i = 0; i < lines.Length; i++)
        {
            scan.Record(Encoding.UTF8.GetBytes(lines[i]), new RecordPosition(i + 1, i + 1));
        }

        var first = scan.Matches[0];
        using var record = JsonDocument.Parse(lines[first.Line - 1]);
        Assert.Equal(record.RootElement.GetProperty("eventName").GetString(), first.EventName);
        Assert.Equal(record.RootElement.GetProperty("eventID").GetString(), first.EventId);
        Assert.Equal(record.RootElement.GetProperty("eventTime").GetDateTimeOffset(), first.EventTime);
        Assert.Equal($"panther.jsonl:{first.Line}", first.Location);
    }

    [Fact]
    public void Neither_cis_trail_nor_config_pattern_fires_on_the_background_traffic()
    {
        using var specs = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFolder.Specs, "cis-monitoring-patterns.json")));
        var rules = specs.RootElement.EnumerateArray()
            .Where(p => p.GetProperty("id").GetString() is "4.5" or "4.9")
            .Select(p => new ScanRule(p.GetProperty("id").GetString()!, FilterPatterns.FilterPattern.Parse(p.GetProperty("pattern").GetString()!).Pattern!))
            .Concat(ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored", "config-changes-monitored"]))
            .ToList();
        var scan = new UnitScan("background", rules, ScanWindow.All);
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(SharedFolder.Corpus, "background.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            scan.Record(Encoding.UTF8.GetBytes(text), new RecordPosition(line, line));
        }

        Assert.Equal(833, scan.Events);
        Assert.Equal(4, rules.Count);
        Assert.Empty(scan.Matches.Select(m => $"{m.RuleId} fired on line {m.Line} ({m.EventName})"));
    }
}
