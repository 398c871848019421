using CsCheck;
using TrailAlarm.FilterPatterns.Matching;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>The vectorised literal searches against a plain scan, on random literal sets and texts.</summary>
public sealed class LiteralSearchTests
{
    // A small alphabet so literals occur often, with bytes whose high nibble differs (0x80+) and a newline.
    private static readonly byte[] Alphabet = [(byte)'a', (byte)'b', (byte)'c', (byte)'q', (byte)'\n', 0xC3, 0xA9, (byte)'A'];
    private static readonly Gen<byte> Byte = Gen.Int[0, Alphabet.Length - 1].Select(i => Alphabet[i]);
    private static readonly Gen<byte[][]> FewLiterals = Byte.Array[1, 5].Array[1, 8];
    private static readonly Gen<byte[][]> ManyLiterals = Byte.Array[1, 6].Array[1, NibbleMaskSearch.MaxLiterals];
    private static readonly Gen<byte[]> Text = Byte.Array[0, 300];

    [Fact]
    public void Nibble_mask_search_finds_the_first_occurrence_of_any_literal()
    {
        Gen.Select(FewLiterals, Text).Sample((literals, text) =>
            new NibbleMaskSearch(literals).IndexOfAny(text) == Naive(text, literals), iter: 20000);
    }

    [Fact]
    public void Nibble_mask_search_with_shared_buckets_finds_the_first_occurrence_of_any_literal()
    {
        Gen.Select(ManyLiterals, Text).Sample((literals, text) =>
            new NibbleMaskSearch(literals).IndexOfAny(text) == Naive(text, literals), iter: 5000);
    }

    [Fact]
    public void Anchor_pair_search_finds_the_first_occurrence_of_any_literal()
    {
        Gen.Select(FewLiterals, Text).Sample((literals, text) =>
            new AnchorPairSearch(literals).IndexOfAny(text) == Naive(text, literals), iter: 20000);
    }

    [Fact]
    public void A_literal_near_the_end_of_a_long_text_is_found()
    {
        var literals = new[] { "CreateTrail"u8.ToArray(), "\\u"u8.ToArray(), "Z"u8.ToArray() };
        for (var length = 1; length < 100; length++)
        {
            var text = new byte[length + 200];
            Array.Fill(text, (byte)'.');
            foreach (var literal in literals)
            {
                var copy = (byte[])text.Clone();
                literal.CopyTo(copy, copy.Length - literal.Length);
                Assert.Equal(copy.Length - literal.Length, new NibbleMaskSearch(literals).IndexOfAny(copy));
            }
        }
    }

    private static int Naive(byte[] text, byte[][] literals)
    {
        for (var i = 0; i < text.Length; i++)
            foreach (var literal in literals)
                if (text.AsSpan(i).StartsWith(literal)) return i;
        return -1;
    }
}
