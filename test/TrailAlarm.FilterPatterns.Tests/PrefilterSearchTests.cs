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

    [Fact]
    public void Every_search_path_finds_the_first_occurrence_in_texts_longer_than_a_chunk()
    {
        var literals = new[] { "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging", "x1", "x2", "x3", "x4" };
        var many = TrailAlarm.FilterPatterns.Matching.Prefilter.Create(literals, json: false)!;
        var few = TrailAlarm.FilterPatterns.Matching.Prefilter.Create(literals[..5], json: false)!;
        Gen.Select(Gen.Int[0, 20000], Gen.Int[0, 8], Gen.Int[0, 20000], Gen.Int[0, 8]).Sample((at1, which1, at2, which2) =>
        {
            var text = new StringBuilder(new string('.', 20050));
            text.Remove(at1, literals[which1].Length).Insert(at1, literals[which1]);
            text.Remove(at2, literals[which2].Length).Insert(at2, literals[which2]);
            var utf8 = Encoding.UTF8.GetBytes(text.ToString());
            var expected = Naive(utf8, literals);
            var expectedFew = Naive(utf8, literals[..5]);
            return many.IndexOfAny(utf8) == expected && many.IndexOfAnyWidened(utf8) == expected
                && few.IndexOfAny(utf8) == expectedFew && few.IndexOfAnyWidened(utf8) == expectedFew;
        }, iter: 1000);
    }

    // "art" occurs inside "StartLogging": when StartLogging crosses a chunk boundary, the chunk before it sees only
    // the later "art", which must not be reported as the first occurrence.
    [Theory]
    [InlineData(8185)]
    [InlineData(8183)]
    [InlineData(2 * (8192 - 11) - 8)]
    public void A_literal_crossing_a_chunk_boundary_is_found_before_a_literal_inside_it(int at)
    {
        var literals = new[] { "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging", "art", "x2", "x3", "x4" };
        var prefilter = TrailAlarm.FilterPatterns.Matching.Prefilter.Create(literals, json: false)!;
        var text = new StringBuilder(new string('.', 20000));
        text.Remove(at, 12).Insert(at, "StartLogging");
        var utf8 = Encoding.UTF8.GetBytes(text.ToString());
        Assert.Equal(at, prefilter.IndexOfAnyWidened(utf8));
        Assert.Equal(at, prefilter.IndexOfAny(utf8));
    }

    private static int Naive(byte[] text, string[] literals)
    {
        var needles = literals.Select(Encoding.UTF8.GetBytes).ToArray();
        for (int i = 0; i < text.Length; i++)
            foreach (var needle in needles)
                if (text.AsSpan(i).StartsWith(needle)) return i;
        return -1;
    }
}
