using System.Buffers;
using System.Text;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// A vectorised rejection test run on the raw bytes before any parsing: an event that contains none of the
/// literals cannot match. Bytes are widened one-to-one to chars (Latin-1) so that <see cref="SearchValues{T}"/>
/// over strings finds exactly the UTF-8 byte sequences of the literals.
/// </summary>
internal sealed class Prefilter
{
    private readonly SearchValues<string> _values;
    private readonly byte[]? _single;

    private Prefilter(IReadOnlyList<string> literals, bool json)
    {
        var needles = literals.Select(Widen).ToList();
        if (json) needles.Add("\\u");
        Literals = needles;
        _values = SearchValues.Create(needles.ToArray(), StringComparison.Ordinal);
        if (needles.Count == 1) _single = Encoding.Latin1.GetBytes(needles[0]);
    }

    /// <summary>The needles, as Latin-1 widened UTF-8.</summary>
    public IReadOnlyList<string> Literals { get; }

    public static Prefilter? Create(IReadOnlyList<string>? literals, bool json)
        => literals is null || literals.Count == 0 ? null : new Prefilter(literals, json);

    public bool MayMatch(ReadOnlySpan<byte> utf8)
    {
        if (_single is not null) return utf8.IndexOf(_single) >= 0;
        char[]? rented = null;
        Span<char> chars = utf8.Length <= 2048 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var widened = chars[..utf8.Length];
            Encoding.Latin1.GetChars(utf8, widened);
            return widened.IndexOfAny(_values) >= 0;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static string Widen(string literal) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(literal));
}
