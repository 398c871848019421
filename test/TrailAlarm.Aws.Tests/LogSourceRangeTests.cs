using TrailAlarm.Aws.LogSources;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.Tests;

public class LogSourceRangeTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"trailalarm-ranges-{Guid.NewGuid():N}.jsonl");

    private static async IAsyncEnumerable<ILogUnit> Enumerate(IEnumerable<ILogUnit> units)
    {
        foreach (var unit in units)
        {
            yield return unit;
        }

        await Task.CompletedTask;
    }

    private static async Task<(ScanSummary Summary, List<UnitResult> Results)> ScanAsync(IEnumerable<ILogUnit> units)
    {
        var runner = new ScanRunner(ScanRules.ForControls(ControlCatalogue.Default, null), ScanWindow.All, 4);
        var results = new List<UnitResult>();
        return (await runner.RunAsync(Enumerate(units), results.Add), results);
    }

    [Fact]
    public async Task A_file_split_into_ranges_gives_exactly_the_lines_ordinals_and_errors_of_the_whole_file()
    {
        var lines = Enumerable.Range(1, 3000).Select(i => i % 97 == 0 ? "{\"eventName\":\"StopLogging\",, }" : i % 41 == 0 ? "" : LogBytes.Event(i, i % 13 == 0 ? "StopLogging" : "GetObject"));
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var ranges = FileRanges.Units(path, strict: false, rangeBytes: 20_000).ToList();
        Assert.True(ranges.Count > 5);
        Assert.False(ranges[0].ContinuesPrevious);
        Assert.All(ranges.Skip(1), r => Assert.True(r.ContinuesPrevious));

        var (whole, wholeResults) = await ScanAsync([new FileLogUnit(path)]);
        var (split, splitResults) = await ScanAsync(ranges);

        Assert.Equal(1, split.Files);
        Assert.Equal(whole.Events, split.Events);
        Assert.Equal(whole.Matched, split.Matched);
        var wholeMatches = wholeResults.SelectMany(r => r.Matches).Select(m => (m.EventId, m.Line, m.Ordinal)).ToList();
        Assert.Equal(wholeMatches, splitResults.SelectMany(r => r.Matches).Select(m => (m.EventId, m.Line, m.Ordinal)));
        Assert.Equal(whole.Errors.Select(e => (e.Line, e.ByteOffset)), split.Errors.Select(e => (e.Line, e.ByteOffset)));
        Assert.NotEmpty(whole.Errors);
        Assert.Equal(13L, wholeMatches[0].Line);
    }

    [Fact]
    public void Small_and_gzip_files_stay_whole()
    {
        File.WriteAllText(path, string.Join("\n", Enumerable.Range(1, 3000).Select(i => LogBytes.Event(i))));
        Assert.True(FileRanges.Units(path, false, rangeBytes: 20_000).Count() > 1);
        Assert.Single(FileRanges.Units(path, false));
        File.WriteAllBytes(path, LogBytes.Gzip(File.ReadAllBytes(path)));
        Assert.Single(FileRanges.Units(path, false, rangeBytes: 20_000));
    }

    public void Dispose() => File.Delete(path);
}
