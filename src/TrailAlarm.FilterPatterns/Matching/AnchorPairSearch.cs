using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Finds the first occurrence of any of a few byte literals without widening the text: for each literal it
/// compares 32 (or 16) positions at once against the literal's first byte and, at the literal's length - 1, its last
/// byte; only positions where both agree are verified. Same answer as a scalar search, several times faster than
/// widening to chars for <see cref="System.Buffers.SearchValues{T}"/> when there are few literals.
/// </summary>
internal sealed class AnchorPairSearch
{
    public const int MaxLiterals = 8;
    private readonly byte[][] _literals;
    private readonly Anchor256[] _anchors256;
    private readonly Anchor128[] _anchors128;
    private readonly int _maxOffset;

    private readonly record struct Anchor256(Vector256<byte> First, Vector256<byte> Last, nuint LastOffset);

    private readonly record struct Anchor128(Vector128<byte> First, Vector128<byte> Last, nuint LastOffset);

    public AnchorPairSearch(IReadOnlyList<byte[]> literals)
    {
        _literals = literals.ToArray();
        _maxOffset = _literals.Max(l => l.Length) - 1;
        _anchors256 = _literals.Select(l => new Anchor256(Vector256.Create(l[0]), Vector256.Create(l[^1]), (nuint)(l.Length - 1))).ToArray();
        _anchors128 = _literals.Select(l => new Anchor128(Vector128.Create(l[0]), Vector128.Create(l[^1]), (nuint)(l.Length - 1))).ToArray();
    }

    public static bool IsAccelerated => Vector128.IsHardwareAccelerated;

    public int IndexOfAny(ReadOnlySpan<byte> text)
    {
        int i = 0;
        ref byte start = ref MemoryMarshal.GetReference(text);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<byte>.Count + _maxOffset <= text.Length; i += Vector256<byte>.Count)
            {
                var mask = Vector256<byte>.Zero;
                var data = Vector256.LoadUnsafe(ref start, (nuint)i);
                foreach (ref readonly var a in _anchors256.AsSpan())
                    mask |= Vector256.Equals(data, a.First) & Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)i + a.LastOffset), a.Last);
                if (mask != Vector256<byte>.Zero && Verify(text, i, mask.ExtractMostSignificantBits()) is var found and >= 0) return found;
            }
        }
        for (; i + Vector128<byte>.Count + _maxOffset <= text.Length; i += Vector128<byte>.Count)
        {
            var mask = Vector128<byte>.Zero;
            var data = Vector128.LoadUnsafe(ref start, (nuint)i);
            foreach (ref readonly var a in _anchors128.AsSpan())
                mask |= Vector128.Equals(data, a.First) & Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)i + a.LastOffset), a.Last);
            if (mask != Vector128<byte>.Zero && Verify(text, i, mask.ExtractMostSignificantBits()) is var found and >= 0) return found;
        }
        for (; i < text.Length; i++)
        {
            if (StartsWithAny(text[i..])) return i;
        }
        return -1;
    }

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
