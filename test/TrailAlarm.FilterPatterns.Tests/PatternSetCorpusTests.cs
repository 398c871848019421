using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>All the CIS monitoring patterns as one set, over every corpus event, against each pattern alone.</summary>
public sealed class PatternSetCorpusTests
{
    private static List<FilterPattern> CisPatterns()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedFiles.Path("specs", "cis-monitoring-patterns.json")));
        return doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("pattern").ValueKind == JsonValueKind.String)
            .Select(e => FilterPattern.Parse(e.GetProperty("pattern").GetString()!).Pattern!)
            .ToList();
    }

    private static IEnumerable<string> CorpusLines()
    {
        var dir = SharedFiles.Path("corpus", "cloudtrail");
        foreach (var file in Directory.GetFiles(dir, "*.jsonl").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file))
                yield return line;
        using var stream = new GZipStream(File.OpenRead(Path.Combine(dir, "background.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }

    [Fact]
    public void The_set_of_all_cis_patterns_answers_as_each_pattern_alone_on_the_corpus()
    {
        var patterns = CisPatterns();
        var set = new PatternSet(patterns);
        var matched = new bool[patterns.Count];
        var fired = new int[patterns.Count];
        foreach (var line in CorpusLines().Where(l => l.Length > 0))
        {
            var utf8 = Encoding.UTF8.GetBytes(line);
            set.Match(utf8, matched);
            for (var i = 0; i < patterns.Count; i++)
            {
                Assert.True(patterns[i].Matches(utf8) == matched[i], $"pattern {i} on {line[..Math.Min(120, line.Length)]}");
                if (matched[i]) fired[i]++;
            }
        }

        // The comparison means something only if the set fires for several different patterns.
        Assert.True(fired.Count(f => f > 0) >= 5, string.Join(",", fired));
    }
}
