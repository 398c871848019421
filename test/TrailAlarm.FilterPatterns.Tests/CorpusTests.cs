using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>Third-party CloudTrail events (shared/corpus/cloudtrail) against the CIS 4.5 and 4.9 patterns.</summary>
public sealed class CorpusTests
{
    private static FilterPattern Cis(string id)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedFiles.Path("specs", "cis-monitoring-patterns.json")));
        var text = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).GetProperty("pattern").GetString()!;
        return FilterPattern.Parse(text).Pattern!;
    }

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedFiles.Path("corpus", "cloudtrail"), "*.expected.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file)[..^".expected.json".Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Corpus_events_match_the_cis_patterns_as_derived_cis_helper_expects(string source)
    {
        var dir = SharedFiles.Path("corpus", "cloudtrail");
        var lines = File.ReadAllLines(Path.Combine(dir, source + ".jsonl"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, source + ".expected.json")));
        var cloudtrail = Cis("4.5");
        var config = Cis("4.9");
        var checkedEvents = 0;
        foreach (var e in expected.RootElement.GetProperty("events").EnumerateArray())
        {
            var line = e.GetProperty("line").GetInt32();
            var helper = e.GetProperty("derived_cis_helper");
            var utf8 = Encoding.UTF8.GetBytes(lines[line - 1]);
            Assert.True(helper.GetProperty("cis_cloudtrail_config_changes").GetBoolean() == cloudtrail.Matches(utf8), $"{source} line {line}: CIS 4.5");
            Assert.True(helper.GetProperty("cis_aws_config_changes").GetBoolean() == config.Matches(utf8), $"{source} line {line}: CIS 4.9");
            checkedEvents++;
        }
        Assert.True(checkedEvents > 0);
    }

    [Fact]
    public void Background_events_match_neither_cis_pattern()
    {
        var cloudtrail = Cis("4.5");
        var config = Cis("4.9");
        using var stream = new GZipStream(File.OpenRead(SharedFiles.Path("corpus", "cloudtrail", "background.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        int events = 0, matches = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            events++;
            var utf8 = Encoding.UTF8.GetBytes(line);
            if (cloudtrail.Matches(utf8) || config.Matches(utf8)) matches++;
        }
        Assert.True(events > 500);
        Assert.Equal(0, matches);
    }
}
