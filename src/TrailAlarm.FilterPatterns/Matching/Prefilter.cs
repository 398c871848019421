using System.Buffers;
using System.Text;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// A vectorised rejection test run on the raw bytes before any parsing: an event that contains none of the
/// literals cannot match. Bytes are widened one-to-one to chars (Latin-1), a cache-sized chunk at a time, so that
/// <see cref="SearchValues{T}"/> over strings finds exactly the UTF-8 byte sequences of the literals.
/// </summary>
internal sealed class Prefilter
{
    private const int ChunkChars = 8192;
    private readonly SearchValues<string> _values;
    private readonly byte[]? _single;
    private readonly NibbleMaskSearch? _nibbles;
    private readonly AnchorPairSearch? _anchors;
    private readonly int _overlap;

    private Prefilter(List<string> needles)
    {
        Literals = needles;
        _values = SearchValues.Create(needles.ToArray(), StringComparison.Ordinal);
        _overlap = needles.Max(n => n.Length) - 1;
        if (needles.Count == 1) _single = Encoding.Latin1.GetBytes(needles[0]);
        // Bytes compared directly (no widening): nibble masks for up to 128 literals, else first/last bytes for a few.
        // Beyond that, or without vector hardware, SearchValues' multi-string search over widened chars.
        else if (needles.Count <= NibbleMaskSearch.MaxLiterals && NibbleMaskSearch.IsAccelerated)
            _nibbles = new NibbleMaskSearch(needles.Select(Encoding.Latin1.GetBytes).ToList());
        else if (needles.Count <= AnchorPairSearch.MaxLiterals && AnchorPairSearch.IsAccelerated)
            _anchors = new AnchorPairSearch(needles.Select(Encoding.Latin1.GetBytes).ToList());
    }

    /// <summary>The needles, as Latin-1 widened UTF-8.</summary>
    public IReadOnlyList<string> Literals { get; }

    public static Prefilter? Create(IReadOnlyList<string>? literals, bool json)
    {
        if (literals is null || literals.Count == 0) return null;
        var needles = literals.Select(Widen).ToList();
        if (json) needles.Add("\\u");
        return new Prefilter(needles);
    }

    /// <summary>One search for the needles of several prefilters: a hit means some of them may match.</summary>
    public static Prefilter Union(IEnumerable<Prefilter> prefilters)
        => new(prefilters.SelectMany(p => p.Literals).Distinct(StringComparer.Ordinal).ToList());

    public bool MayMatch(ReadOnlySpan<byte> utf8) => IndexOfAny(utf8) >= 0;

    /// <summary>Index of the first byte of the first literal occurrence in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<byte> text)
        => _single is not null ? text.IndexOf(_single)
        : _nibbles is not null ? _nibbles.IndexOfAny(text)
        : _anchors is not null ? _anchors.IndexOfAny(text)
        : IndexOfAnyWidened(text);

    /// <summary>The general path, also used by tests to check the fast paths against it.</summary>
    internal int IndexOfAnyWidened(ReadOnlySpan<byte> text)
    {
        Span<char> chars = stackalloc char[ChunkChars];
        for (int start = 0; start < text.Length; start += ChunkChars - _overlap)
        {
            var chunk = text.Slice(start, Math.Min(ChunkChars, text.Length - start));
            var widened = chars[..chunk.Length];
            Encoding.Latin1.GetChars(chunk, widened);
            var found = widened.IndexOfAny(_values);
            var last = start + chunk.Length >= text.Length;
            // A hit in the overlap is only final in the last chunk: an earlier literal may cross into the next one.
            if (found >= 0 && (last || found < ChunkChars - _overlap)) return start + found;
            if (last) break;
        }
        return -1;
    }

    private static string Widen(string literal) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(literal));
}
