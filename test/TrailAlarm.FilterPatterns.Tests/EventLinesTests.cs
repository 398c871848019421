using System.Text;
using CsCheck;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

public sealed class EventLinesTests
{
    private static MatchCount Count(string text, string pattern)
        => EventLines.Count(new MemoryStream(Encoding.UTF8.GetBytes(text)), FilterPattern.Parse(pattern).Pattern!);

    [Fact]
    public void Counts_events_and_matches_and_ignores_empty_lines()
    {
        var text = "{\"eventName\":\"StopLogging\"}\n\n{\"eventName\":\"GetTrail\"}\n\n\n{\"eventName\":\"CreateTrail\"}";
        var count = Count(text, "{ $.eventName = StopLogging || $.eventName = CreateTrail }");
        Assert.Equal(3, count.Events);
        Assert.Equal(2, count.Matches);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), count.Bytes);
    }

    [Fact]
    public void A_literal_outside_the_matching_field_does_not_count()
    {
        var count = Count("{\"eventName\":\"LookupEvents\",\"q\":\"StopLogging\"}\n", "{ $.eventName = StopLogging }");
        Assert.Equal(1, count.Events);
        Assert.Equal(0, count.Matches);
    }

    [Fact]
    public void Lines_longer_than_the_read_block_are_handled()
    {
        var big = "{\"pad\":\"" + new string('x', 9 << 20) + "\",\"eventName\":\"StopLogging\"}";
        var count = Count(big + "\n" + big, "{ $.eventName = StopLogging }");
        Assert.Equal(2, count.Events);
        Assert.Equal(2, count.Matches);
    }

    [Fact]
    public void Block_counting_agrees_with_matching_each_line()
    {
        Gen.Select(PatternGenerators.AnyPattern, PatternGenerators.AnyEvent.Array[0, 8]).Sample((text, events) =>
        {
            var parsed = FilterPattern.Parse(text);
            if (!parsed.Success) return true;
            var lines = events.Select(e => e.Replace("\n", " ", StringComparison.Ordinal)).ToArray();
            var count = EventLines.Count(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines))), parsed.Pattern!);
            var nonEmpty = lines.Where(l => l.Length > 0).ToList();
            return count.Events == nonEmpty.Count && count.Matches == nonEmpty.Count(l => parsed.Pattern!.Matches(l));
        }, iter: 5000);
    }
}

public sealed class MappedEventFileTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Mapped_count_agrees_with_the_stream_count()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => i % 97 == 0
            ? $"{{\"eventName\":\"StopLogging\",\"n\":{i}}}"
            : $"{{\"eventName\":\"GetTrail\",\"note\":\"StopLogging is mentioned\",\"n\":{i}}}");
        File.WriteAllText(_file, string.Join("\n", lines) + "\n\n");
        var pattern = FilterPattern.Parse("{ $.eventName = StopLogging || $.eventName = DeleteTrail }").Pattern!;
        var mapped = MappedEventFile.Count(_file, pattern);
        using var stream = File.OpenRead(_file);
        var streamed = EventLines.Count(stream, pattern);
        Assert.Equal(streamed, mapped);
        Assert.Equal(5000, mapped.Events);
        Assert.Equal(Enumerable.Range(0, 5000).Count(i => i % 97 == 0), mapped.Matches);
    }

    [Fact]
    public void An_empty_file_has_no_events()
    {
        Assert.Equal(new MatchCount(0, 0, 0), MappedEventFile.Count(_file, FilterPattern.Parse("ERROR").Pattern!));
    }

    [Fact]
    public void Without_event_counting_only_matches_are_reported()
    {
        File.WriteAllLines(_file, ["ERROR one", "INFO two", "ERROR three"]);
        var count = MappedEventFile.Count(_file, FilterPattern.Parse("ERROR").Pattern!, countEvents: false);
        Assert.Equal(2, count.Matches);
        Assert.Equal(0, count.Events);
    }
}

public sealed class PrefilterSearchTests
{
    [Fact]
    public void Anchor_pair_search_finds_the_same_first_occurrence_as_the_widened_search()
    {
        var literals = new[] { "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging" };
        var prefilter = TrailAlarm.FilterPatterns.Matching.Prefilter.Create(literals, json: true)!;
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 5], Gen.Int[0, 40]).Sample((padding, which, tail) =>
        {
            var text = new string('x', padding) + (which < 5 ? literals[which] : "\\u0041") + new string('S', tail);
            var utf8 = Encoding.UTF8.GetBytes(text);
            return prefilter.IndexOfAny(utf8) == prefilter.IndexOfAnyWidened(utf8) && prefilter.IndexOfAny(utf8) == padding;
        }, iter: 5000);
        Gen.String[Gen.Char["CreatTilSoLgpDu\\x "], 0, 200].Sample(text =>
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            return prefilter.IndexOfAny(utf8) == prefilter.IndexOfAnyWidened(utf8);
        }, iter: 20000);
    }
}
