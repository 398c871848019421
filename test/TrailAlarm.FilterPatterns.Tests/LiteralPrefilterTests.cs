using System.Text;
using static TrailAlarm.FilterPatterns.Tests.CloudTrailRecord;

namespace TrailAlarm.FilterPatterns.Tests;

public sealed class LiteralPrefilterTests
{
    private static readonly FilterPattern Trail = FilterPattern.Parse("{ ($.eventName = CreateTrail) || ($.eventName = StopLogging) }").Pattern!;
    private static readonly FilterPattern Config = FilterPattern.Parse("{ ($.eventSource = config.amazonaws.com) && ($.eventName = StopConfigurationRecorder) }").Pattern!;

    [Fact]
    public void Union_lets_through_every_event_any_of_the_patterns_matches()
    {
        var union = LiteralPrefilter.ForAll([Trail, Config])!;
        foreach (var ev in new[] { Call("cloudtrail.amazonaws.com", "StopLogging"), Call("config.amazonaws.com", "StopConfigurationRecorder"), Call("cloudtrail.amazonaws.com", "CreateTrail") })
        {
            var bytes = Encoding.UTF8.GetBytes(ev);
            Assert.True(Trail.Matches(bytes) || Config.Matches(bytes));
            Assert.True(union.MayMatch(bytes));
        }
    }

    [Fact]
    public void Union_rejects_an_event_holding_none_of_the_literals()
    {
        var union = LiteralPrefilter.ForAll([Trail, Config])!;
        var bytes = Encoding.UTF8.GetBytes(Call("s3.amazonaws.com", "GetObject"));
        Assert.False(union.MayMatch(bytes));
        Assert.Equal(-1, union.IndexOfAny(bytes));
    }

    [Fact]
    public void Escaped_json_text_is_always_a_candidate()
    {
        var union = LiteralPrefilter.ForAll([Trail])!;
        var escaped = Encoding.UTF8.GetBytes("{\"eventName\":\"\\u0043reateTrail\"}");
        Assert.True(Trail.Matches(escaped));
        Assert.True(union.MayMatch(escaped));
    }

    [Fact]
    public void No_union_when_a_pattern_can_match_without_a_literal()
    {
        var negative = FilterPattern.Parse("{ $.errorCode NOT EXISTS }").Pattern!;
        Assert.Null(LiteralPrefilter.ForAll([Trail, negative]));
        Assert.Null(LiteralPrefilter.ForAll([]));
    }
}
