using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Finds the first occurrence of any of up to eight byte literals with nibble lookup tables (the "Teddy" idea of
/// Hyperscan): each literal owns one bit; for each of the first three positions, two table lookups (low and high
/// nibble) give the literals whose byte fits there, and a position is a candidate when some literal fits all three.
/// The work per 32 bytes is the same for one literal or eight; candidates are verified, so the answer is exactly a
/// scalar search's.
/// </summary>
internal sealed class NibbleMaskSearch
{
    public const int MaxLiterals = 8;
    private const int Width = 3;
    private readonly byte[][] _literals;
    private readonly Vector128<byte>[] _low = new Vector128<byte>[Width];
    private readonly Vector128<byte>[] _high = new Vector128<byte>[Width];

    public NibbleMaskSearch(IReadOnlyList<byte[]> literals)
    {
        if (literals.Count is 0 or > MaxLiterals || literals.Any(l => l.Length == 0))
            throw new ArgumentException($"between 1 and {MaxLiterals} non-empty literals", nameof(literals));
        _literals = literals.ToArray();
        var low = new byte[16];
        var high = new byte[16];
        for (int position = 0; position < Width; position++)
        {
            Array.Clear(low);
            Array.Clear(high);
            for (int bucket = 0; bucket < _literals.Length; bucket++)
            {
                var bit = (byte)(1 << bucket);
                var literal = _literals[bucket];
                if (position < literal.Length)
                {
                    low[literal[position] & 0xF] |= bit;
                    high[literal[position] >> 4] |= bit;
                }
                else
                {
                    // A shorter literal fits whatever follows it.
                    for (int n = 0; n < 16; n++) { low[n] |= bit; high[n] |= bit; }
                }
            }
            _low[position] = Vector128.Create(low);
            _high[position] = Vector128.Create(high);
        }
    }

    public static bool IsAccelerated => Ssse3.IsSupported;

    public int IndexOfAny(ReadOnlySpan<byte> text)
    {
        int i = 0;
        ref byte start = ref MemoryMarshal.GetReference(text);
        if (Avx2.IsSupported)
        {
            var nibble = Vector256.Create((byte)0xF);
            var (low0, high0) = (Vector256.Create(_low[0], _low[0]), Vector256.Create(_high[0], _high[0]));
            var (low1, high1) = (Vector256.Create(_low[1], _low[1]), Vector256.Create(_high[1], _high[1]));
            var (low2, high2) = (Vector256.Create(_low[2], _low[2]), Vector256.Create(_high[2], _high[2]));
            for (; i + Vector256<byte>.Count + Width - 1 <= text.Length; i += Vector256<byte>.Count)
            {
                var fits = Fits(Vector256.LoadUnsafe(ref start, (nuint)i), low0, high0, nibble)
                    & Fits(Vector256.LoadUnsafe(ref start, (nuint)i + 1), low1, high1, nibble)
                    & Fits(Vector256.LoadUnsafe(ref start, (nuint)i + 2), low2, high2, nibble);
                if (fits != Vector256<byte>.Zero
                    && Verify(text, i, ~Vector256.Equals(fits, Vector256<byte>.Zero).ExtractMostSignificantBits()) is var found and >= 0)
                    return found;
            }
        }
        if (Ssse3.IsSupported)
        {
            var nibble = Vector128.Create((byte)0xF);
            for (; i + Vector128<byte>.Count + Width - 1 <= text.Length; i += Vector128<byte>.Count)
            {
                var fits = Fits(Vector128.LoadUnsafe(ref start, (nuint)i), _low[0], _high[0], nibble)
                    & Fits(Vector128.LoadUnsafe(ref start, (nuint)i + 1), _low[1], _high[1], nibble)
                    & Fits(Vector128.LoadUnsafe(ref start, (nuint)i + 2), _low[2], _high[2], nibble);
                if (fits != Vector128<byte>.Zero
                    && Verify(text, i, ~Vector128.Equals(fits, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF) is var found and >= 0)
                    return found;
            }
        }
        for (; i < text.Length; i++)
        {
            if (StartsWithAny(text[i..])) return i;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Fits(Vector256<byte> data, Vector256<byte> low, Vector256<byte> high, Vector256<byte> nibble)
        => Avx2.Shuffle(low, data & nibble) & Avx2.Shuffle(high, Vector256.ShiftRightLogical(data.AsUInt16(), 4).AsByte() & nibble);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Fits(Vector128<byte> data, Vector128<byte> low, Vector128<byte> high, Vector128<byte> nibble)
        => Ssse3.Shuffle(low, data & nibble) & Ssse3.Shuffle(high, Vector128.ShiftRightLogical(data.AsUInt16(), 4).AsByte() & nibble);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Verify(ReadOnlySpan<byte> text, int offset, uint candidates)
    {
        while (candidates != 0)
        {
            var at = offset + BitOperations.TrailingZeroCount(candidates);
            if (StartsWithAny(text[at..])) return at;
            candidates &= candidates - 1;
        }
        return -1;
    }

    private bool StartsWithAny(ReadOnlySpan<byte> text)
    {
        foreach (var literal in _literals)
        {
            if (text.StartsWith(literal)) return true;
        }
        return false;
    }
}
