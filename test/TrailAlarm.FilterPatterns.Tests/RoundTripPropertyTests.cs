using System.Text;
using CsCheck;
using TrailAlarm.FilterPatterns.Syntax;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

public sealed class RoundTripPropertyTests
{
    [Fact]
    public void Generated_patterns_mostly_parse_so_the_properties_below_test_something()
    {
        var valid = 0;
        PatternGenerators.AnyPattern.Sample(p => { if (FilterPattern.Parse(p).Success) Interlocked.Increment(ref valid); }, iter: 2000, threads: 1);
        Assert.True(valid > 1000, $"only {valid} of 2000 generated patterns parsed");
    }

    [Fact]
    public void Parsing_the_canonical_form_gives_a_structurally_equal_pattern()
    {
        PatternGenerators.AnyPattern.Sample(text =>
        {
            var parsed = FilterPattern.Parse(text);
            if (!parsed.Success) return true;
            var again = FilterPattern.Parse(parsed.Pattern!.Canonical);
            return again.Success && AstDump.Dump(again.Pattern!.Node) == AstDump.Dump(parsed.Pattern.Node) && again.Pattern == parsed.Pattern;
        }, iter: 20000);
    }

    [Theory]
    [InlineData("{($.eventName=CreateTrail)||($.eventName=DeleteTrail)}", "{ $.eventName = \"CreateTrail\" || ($.eventName = DeleteTrail) }", true)]
    [InlineData("{ $.a = 1 || ($.b = 2 || $.c = 3) }", "{ ($.a = 1 || $.b = 2) || $.c = 3 }", true)]
    [InlineData("{ $.a = 1 && $.b = 2 || $.c = 3 }", "{ $.a = 1 && ($.b = 2 || $.c = 3) }", false)]
    [InlineData("{ $.a = 1 }", "{ $.a = \"1\" }", false)]
    [InlineData("{ $.a = 1 }", "{ $.a = 1.0 }", false)]
    [InlineData("ERROR  WARN", "\"ERROR\" WARN", true)]
    [InlineData("ERROR WARN", "WARN ERROR", false)]
    public void Equality_is_structural_not_textual(string left, string right, bool equal)
    {
        var a = FilterPattern.Parse(left).Pattern!;
        var b = FilterPattern.Parse(right).Pattern!;
        Assert.Equal(equal, a == b);
        Assert.Equal(equal, a.Equals((object)b));
        if (equal) Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void The_canonical_form_is_a_fixed_point()
    {
        PatternGenerators.AnyPattern.Sample(text =>
        {
            var parsed = FilterPattern.Parse(text);
            return !parsed.Success || FilterPattern.Parse(parsed.Pattern!.Canonical).Pattern!.Canonical == parsed.Pattern.Canonical;
        }, iter: 20000);
    }

    [Fact]
    public void A_pattern_and_its_canonical_form_match_the_same_events()
    {
        Gen.Select(PatternGenerators.AnyPattern, PatternGenerators.AnyEvent).Sample((text, ev) =>
        {
            var parsed = FilterPattern.Parse(text);
            if (!parsed.Success) return true;
            var canonical = FilterPattern.Parse(parsed.Pattern!.Canonical).Pattern!;
            return parsed.Pattern.Matches(ev) == canonical.Matches(ev);
        }, iter: 20000);
    }

    [Fact]
    public void The_literal_prefilter_never_rejects_an_event_the_pattern_matches()
    {
        Gen.Select(PatternGenerators.AnyPattern, PatternGenerators.AnyEvent).Sample((text, ev) =>
        {
            var parsed = FilterPattern.Parse(text);
            if (!parsed.Success) return true;
            var utf8 = Encoding.UTF8.GetBytes(ev);
            return !parsed.Pattern!.MatchesWithoutPrefilter(utf8) || parsed.Pattern.PassesPrefilter(utf8);
        }, iter: 50000);
    }

    [Fact]
    public void A_pattern_set_gives_the_same_answers_as_each_pattern_alone()
    {
        Gen.Select(PatternGenerators.AnyPattern.Array[1, 4], PatternGenerators.AnyEvent).Sample((texts, ev) =>
        {
            var patterns = texts.Select(t => FilterPattern.Parse(t).Pattern).OfType<FilterPattern>().ToList();
            var set = new PatternSet(patterns);
            var utf8 = Encoding.UTF8.GetBytes(ev);
            var matched = new bool[patterns.Count];
            var count = set.Match(utf8, matched);
            return count == matched.Count(m => m) && patterns.Select((p, i) => p.Matches(utf8) == matched[i]).All(ok => ok);
        }, iter: 10000);
    }
}
