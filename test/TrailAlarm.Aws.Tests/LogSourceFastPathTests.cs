using System.Text;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// Lines no rule could match get only a structural check unless --strict: no match can be lost that way, and a
/// line cut short is still reported.
/// </summary>
public class LogSourceFastPathTests
{
    private static UnitScan Scan(string text, bool strict)
    {
        var scan = new UnitScan("t", ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), ScanWindow.All);
        StreamRecords.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t", scan, strict);
        return scan;
    }

    private static readonly string Lines = string.Join("\n",
        LogBytes.Event(1),
        "{\"eventName\":\"GetObject\",, }",
        LogBytes.Event(3, "StopLogging"),
        "{\"eventName\":\"GetObject\"",
        "{\"eventName\":\"StopLogging\",, }");

    [Fact]
    public void Without_strict_a_line_that_cannot_match_is_counted_unchecked_but_cut_lines_and_candidates_are_checked()
    {
        var scan = Scan(Lines, strict: false);
        Assert.Equal(3, scan.Events);
        Assert.Equal([3L], scan.Matches.Select(m => m.Line));
        Assert.Equal([4L, 5], scan.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Strict_checks_every_line()
    {
        var scan = Scan(Lines, strict: true);
        Assert.Equal(2, scan.Events);
        Assert.Equal([3L], scan.Matches.Select(m => m.Line));
        Assert.Equal([2L, 4, 5], scan.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Both_modes_find_the_same_matches_on_the_corpus()
    {
        var text = File.ReadAllText(Path.Combine(Testing.SharedFolder.Corpus, "stratus.jsonl"));
        Assert.Equal(Scan(text, strict: true).Matches.Select(m => m.Line), Scan(text, strict: false).Matches.Select(m => m.Line));
        Assert.Equal(Scan(text, strict: true).Events, Scan(text, strict: false).Events);
    }
}
