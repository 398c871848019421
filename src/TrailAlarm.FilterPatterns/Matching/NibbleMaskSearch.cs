using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Finds the first occurrence of any of a set of byte literals with nibble lookup tables (the "Teddy" idea of
/// Hyperscan): the literals are put in eight buckets, one bit each; for each of the first four positions, two table
/// lookups (low and high nibble) give the buckets whose literals may have that byte there, and a position is a
/// candidate when some bucket fits all four. The work per 32 bytes is the same for one literal or a hundred.
/// Candidates are verified against their buckets' literals, so the answer is exactly a scalar search's. Up to eight
/// literals get a bucket each; candidates are then exact on their first three bytes, which are all that is looked at.
/// </summary>
internal sealed class NibbleMaskSearch
{
    public const int MaxLiterals = 128;
    private const int Buckets = 8;
    private const int Width = 4;
    private readonly bool _bucketPerLiteral;
    private readonly byte[][][] _buckets;
    private readonly HeadGroup[][] _heads;
    private readonly Vector128<byte>[] _low = new Vector128<byte>[Width];
    private readonly Vector128<byte>[] _high = new Vector128<byte>[Width];
    private readonly byte[] _firstLow = new byte[16];
    private readonly byte[] _firstHigh = new byte[16];

    public NibbleMaskSearch(IReadOnlyList<byte[]> literals)
    {
        if (literals.Count is 0 or > MaxLiterals || literals.Any(l => l.Length == 0))
            throw new ArgumentException($"between 1 and {MaxLiterals} non-empty literals", nameof(literals));
        _buckets = Bucket(literals);
        _bucketPerLiteral = _buckets.Length == literals.Count;
        _heads = _buckets.Select(HeadGroup.Of).ToArray();
        var low = new byte[16];
        var high = new byte[16];
        for (int position = 0; position < Width; position++)
        {
            Array.Clear(low);
            Array.Clear(high);
            for (int bucket = 0; bucket < _buckets.Length; bucket++)
            {
                var bit = (byte)(1 << bucket);
                foreach (var literal in _buckets[bucket])
                {
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
            }
            _low[position] = Vector128.Create(low);
            _high[position] = Vector128.Create(high);
            if (position == 0)
            {
                low.CopyTo(_firstLow, 0);
                high.CopyTo(_firstHigh, 0);
            }
        }
    }

    /// <summary>
    /// Few literals: one bucket each. More: literals shorter than the window get a bucket of their own (they fit any
    /// byte after their end, which would make a shared bucket admit almost anything); the rest are grouped by their
    /// first bytes, and neighbouring prefixes (in byte order) share buckets so each bucket admits few other bytes.
    /// </summary>
    private static byte[][][] Bucket(IReadOnlyList<byte[]> literals)
    {
        if (literals.Count <= Buckets) return literals.Select(l => new[] { l }).ToArray();
        var buckets = new List<byte[][]>();
        var shortOnes = literals.Where(l => l.Length < Width).ToArray();
        if (shortOnes.Length > 0) buckets.Add(shortOnes);
        var groups = literals
            .Where(l => l.Length >= Width)
            .GroupBy(l => Convert.ToHexString(l.AsSpan(0, Width)), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .ToList();
        var shared = Math.Min(Buckets - buckets.Count, groups.Count);
        for (int b = 0; b < shared; b++)
        {
            buckets.Add(groups.Where((_, g) => g * shared / groups.Count == b).SelectMany(g => g).ToArray());
        }
        return buckets.ToArray();
    }

    public static bool IsAccelerated => Ssse3.IsSupported;

    public int IndexOfAny(ReadOnlySpan<byte> text)
        => _bucketPerLiteral ? IndexOfAny<ThreeBytes>(text) : IndexOfAny<FourBytes>(text);

    /// <summary>
    /// With a bucket per literal, three bytes already tell the literals apart and the fourth lookup would only cost
    /// time; shared buckets need all four to keep false candidates rare.
    /// </summary>
    private interface IWindow
    {
        static abstract int Bytes { get; }
    }

    private struct ThreeBytes : IWindow
    {
        public static int Bytes => 3;
    }

    private struct FourBytes : IWindow
    {
        public static int Bytes => 4;
    }

    private int IndexOfAny<TWindow>(ReadOnlySpan<byte> text) where TWindow : struct, IWindow
    {
        int i = 0;
        ref byte start = ref MemoryMarshal.GetReference(text);
        if (Avx2.IsSupported)
        {
            var nibble = Vector256.Create((byte)0xF);
            var (low0, high0) = (Vector256.Create(_low[0], _low[0]), Vector256.Create(_high[0], _high[0]));
            var (low1, high1) = (Vector256.Create(_low[1], _low[1]), Vector256.Create(_high[1], _high[1]));
            var (low2, high2) = (Vector256.Create(_low[2], _low[2]), Vector256.Create(_high[2], _high[2]));
            var (low3, high3) = (Vector256.Create(_low[3], _low[3]), Vector256.Create(_high[3], _high[3]));
            for (; i + Vector256<byte>.Count + TWindow.Bytes - 1 <= text.Length; i += Vector256<byte>.Count)
            {
                var fits = Fits(Vector256.LoadUnsafe(ref start, (nuint)i), low0, high0, nibble)
                    & Fits(Vector256.LoadUnsafe(ref start, (nuint)i + 1), low1, high1, nibble)
                    & Fits(Vector256.LoadUnsafe(ref start, (nuint)i + 2), low2, high2, nibble);
                if (TWindow.Bytes == 4) fits &= Fits(Vector256.LoadUnsafe(ref start, (nuint)i + 3), low3, high3, nibble);
                if (fits != Vector256<byte>.Zero && Verify256(text, i, fits) is var found and >= 0) return found;
            }
        }
        if (Ssse3.IsSupported)
        {
            var nibble = Vector128.Create((byte)0xF);
            for (; i + Vector128<byte>.Count + TWindow.Bytes - 1 <= text.Length; i += Vector128<byte>.Count)
            {
                var fits = Fits(Vector128.LoadUnsafe(ref start, (nuint)i), _low[0], _high[0], nibble)
                    & Fits(Vector128.LoadUnsafe(ref start, (nuint)i + 1), _low[1], _high[1], nibble)
                    & Fits(Vector128.LoadUnsafe(ref start, (nuint)i + 2), _low[2], _high[2], nibble);
                if (TWindow.Bytes == 4) fits &= Fits(Vector128.LoadUnsafe(ref start, (nuint)i + 3), _low[3], _high[3], nibble);
                if (fits != Vector128<byte>.Zero && Verify128(text, i, fits) is var found and >= 0) return found;
            }
        }
        // The last few bytes, one at a time: only where the first byte fits some bucket are its literals compared.
        for (; i < text.Length; i++)
        {
            var buckets = _firstLow[text[i] & 0xF] & _firstHigh[text[i] >> 4];
            if (buckets != 0 && StartsWithAny(text[i..], buckets)) return i;
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
    private int Verify256(ReadOnlySpan<byte> text, int offset, Vector256<byte> fits)
    {
        var candidates = ~Vector256.Equals(fits, Vector256<byte>.Zero).ExtractMostSignificantBits();
        while (candidates != 0)
        {
            var lane = BitOperations.TrailingZeroCount(candidates);
            if (StartsWithAny(text[(offset + lane)..], fits.GetElement(lane))) return offset + lane;
            candidates &= candidates - 1;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Verify128(ReadOnlySpan<byte> text, int offset, Vector128<byte> fits)
    {
        var candidates = ~Vector128.Equals(fits, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF;
        while (candidates != 0)
        {
            var lane = BitOperations.TrailingZeroCount(candidates);
            if (StartsWithAny(text[(offset + lane)..], fits.GetElement(lane))) return offset + lane;
            candidates &= candidates - 1;
        }
        return -1;
    }

    private bool StartsWithAny(ReadOnlySpan<byte> text, int buckets)
    {
        var head = HeadGroup.Head(text);
        for (; buckets != 0; buckets &= buckets - 1)
        {
            foreach (var group in _heads[BitOperations.TrailingZeroCount(buckets)])
            {
                if ((head & group.Mask) != group.Key || text.Length < group.Length) continue;
                foreach (var literal in group.Literals)
                {
                    if (text.StartsWith(literal)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The literals of a bucket grouped by their first (up to) four bytes, so that most candidates are turned down by
    /// one masked compare of a 32-bit word instead of a compare per literal.
    /// </summary>
    private readonly record struct HeadGroup(uint Key, uint Mask, int Length, byte[][] Literals)
    {
        public static HeadGroup[] Of(byte[][] literals) => literals
            .GroupBy(l => (Key: Head(l), Length: Math.Min(4, l.Length)))
            .Select(g => new HeadGroup(g.Key.Key & MaskOf(g.Key.Length), MaskOf(g.Key.Length), g.Key.Length, g.ToArray()))
            .ToArray();

        /// <summary>The first four bytes as a little-endian word, zero-filled when there are fewer.</summary>
        public static uint Head(ReadOnlySpan<byte> text)
        {
            if (text.Length >= 4) return Unsafe.ReadUnaligned<uint>(ref MemoryMarshal.GetReference(text));
            uint head = 0;
            for (int i = 0; i < text.Length; i++) head |= (uint)text[i] << (8 * i);
            return head;
        }

        private static uint MaskOf(int length) => length >= 4 ? uint.MaxValue : (1u << (8 * length)) - 1;
    }
}
