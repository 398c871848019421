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
