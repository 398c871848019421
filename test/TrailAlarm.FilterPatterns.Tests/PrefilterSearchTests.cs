using System.Text;
using CsCheck;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

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
