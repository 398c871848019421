using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TrailAlarm.FilterPatterns.Sql;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests.Sql;

/// <summary>
/// Whole queries over the shared CloudTrail corpus in DuckDB, as NDJSON and as CloudTrail's own gzipped
/// {"Records":[...]} files: one row per (rule, matching record), exactly the native matcher's matches.
/// </summary>
public sealed class DuckDbCorpusTests : IDisposable
{
    private readonly DuckDbEngine engine = new();
    private readonly string folder = Directory.CreateTempSubdirectory("trailalarm-sql-").FullName;

    private static List<SqlRule> CisRules()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedFiles.Path("specs", "cis-monitoring-patterns.json")));
        return doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("pattern").ValueKind == JsonValueKind.String)
            .Select(e => new SqlRule(e.GetProperty("id").GetString()!, FilterPattern.Parse(e.GetProperty("pattern").GetString()!).Pattern!))
            .ToList();
    }

    private static IEnumerable<string> CorpusRecords()
    {
        var dir = SharedFiles.Path("corpus", "cloudtrail");
        foreach (var file in Directory.GetFiles(dir, "*.jsonl").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file)) if (DuckDbVectorTests.IsJsonObject(line)) yield return line;
        using var gz = new GZipStream(File.OpenRead(Path.Combine(dir, "background.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line) if (DuckDbVectorTests.IsJsonObject(line)) yield return line;
    }

    private static List<string> Native(List<SqlRule> rules, IEnumerable<string> records)
        => records.SelectMany(r => rules.Where(rule => rule.Pattern.Matches(r)).Select(rule => Key(rule.Id, r))).Order(StringComparer.Ordinal).ToList();

    private static string Key(string rule, string record)
    {
        using var doc = JsonDocument.Parse(record);
        string? Field(string name) => doc.RootElement.TryGetProperty(name, out var v) ? v.GetString() : null;
        return $"{rule}|{Field("eventID")}|{Field("eventName")}|{Field("eventTime")}";
    }

    private List<string> Queried(List<SqlRule> rules, string files)
    {
        var query = SqlQuery.Build(rules, new SqlSource(SqlEngine.DuckDb, files));
        Assert.Empty(query.Refusals);
        return engine.Rows(query.Sql!).Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}").Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Cis_patterns_over_the_ndjson_corpus_select_the_native_matches()
    {
        var records = CorpusRecords().ToList();
        var path = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllLines(path, records);
        var rules = CisRules();
        var native = Native(rules, records);
        Assert.True(native.Count > 50, $"the corpus gives only {native.Count} matches");
        Assert.Equal(native, Queried(rules, path));
    }

    [Fact]
    public void Gzipped_records_files_give_the_same_rows_as_ndjson()
    {
        var records = CorpusRecords().ToList();
        var rules = CisRules();
        for (int i = 0; i < 3; i++)
        {
            var chunk = records.Where((_, n) => n % 3 == i);
            using var gz = new GZipStream(File.Create(Path.Combine(folder, $"part{i}.json.gz")), CompressionLevel.Fastest);
            gz.Write(Encoding.UTF8.GetBytes("{\"Records\":[" + string.Join(",\n", chunk) + "]}"));
        }
        Assert.Equal(Native(rules, records), Queried(rules, Path.Combine(folder, "*.json.gz")));
    }

    [Fact]
    public void Time_window_keeps_records_at_or_after_since_and_before_until()
    {
        var records = Enumerable.Range(0, 6).Select(h => CloudTrailRecord.With(("eventTime", $"\"2026-01-01T0{h}:00:00Z\""), ("eventID", $"\"e{h}\""), ("eventName", "\"StopLogging\""))).ToList();
        var path = Path.Combine(folder, "window.jsonl");
        File.WriteAllLines(path, records);
        var rule = new SqlRule("stop", FilterPattern.Parse("{ $.eventName = StopLogging }").Pattern!);
        var source = new SqlSource(SqlEngine.DuckDb, path, DateTimeOffset.Parse("2026-01-01T01:00:00Z"), DateTimeOffset.Parse("2026-01-01T04:00:00Z"));
        var ids = engine.Rows(SqlQuery.Build([rule], source).Sql!).Select(r => r[1]).ToList();
        Assert.Equal(["e1", "e2", "e3"], ids);
    }

    [Fact]
    public void Metric_value_selector_is_returned_per_row_and_missing_values_are_null()
    {
        var path = Path.Combine(folder, "values.jsonl");
        File.WriteAllLines(path, [
            CloudTrailRecord.With(("eventID", "\"a\""), ("additionalEventData", "{\"bytes\":42}")),
            CloudTrailRecord.With(("eventID", "\"b\""), ("additionalEventData", "{\"bytes\":\"7.5\"}")),
            CloudTrailRecord.With(("eventID", "\"c\"")),
        ]);
        var rule = new SqlRule("bytes", FilterPattern.Parse("{ $.eventID = * }").Pattern!, "$.additionalEventData.bytes");
        var rows = engine.Rows(SqlQuery.Build([rule], new SqlSource(SqlEngine.DuckDb, path)).Sql!);
        Assert.Equal(["42", "7.5", null], rows.OrderBy(r => r[1], StringComparer.Ordinal).Select(r => r[5]));
    }

    public void Dispose()
    {
        engine.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
