using System.Numerics;
using System.Runtime.Intrinsics;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// One vectorised pass over a run of NDJSON lines: are they all records of the usual shape, <c>{…}</c> with nothing
/// around them (every newline sits between a <c>}</c> and a <c>{</c>)? Runs that pass are counted without being
/// split into lines; anything else (blank lines, CR, spaces, fragments) is left to the line-by-line reader.
/// </summary>
internal static class RecordLines
{
    /// <summary>
    /// True when <paramref name="run"/> (whole lines; it ends after a newline, or at the end of the input) is only
    /// such records; <paramref name="lines"/> is then how many.
    /// </summary>
    public static bool AllWellShaped(ReadOnlySpan<byte> run, out long lines)
    {
        lines = 0;
        if (run.IsEmpty)
        {
            return true;
        }

        var last = run[^1] == (byte)'\n' ? run.Length - 1 : run.Length;
        if (run[0] != (byte)'{' || last == 0 || run[last - 1] != (byte)'}')
        {
            return false;
        }

        // Newlines strictly inside [0, last): each needs '}' before and '{' after (both inside the run).
        var inner = run[..last];
        if (!InnerNewlinesBetweenRecords(inner, out var innerNewlines))
        {
            return false;
        }

        lines = innerNewlines + 1;
        return true;
    }

    private static bool InnerNewlinesBetweenRecords(ReadOnlySpan<byte> text, out long newlines)
    {
        newlines = 0;
        var i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            var nl = Vector256.Create((byte)'\n');
            // Two vectors per step: newlines are rare (one per record), so most steps are two compares and one test.
            for (; i + 2 * Vector256<byte>.Count + 1 <= text.Length; i += 2 * Vector256<byte>.Count)
            {
                var first = Vector256.Equals(Vector256.Create(text.Slice(i, Vector256<byte>.Count)), nl);
                var second = Vector256.Equals(Vector256.Create(text.Slice(i + Vector256<byte>.Count, Vector256<byte>.Count)), nl);
                if ((first | second) == Vector256<byte>.Zero)
                {
                    continue;
                }

                if (!BetweenRecords(text, i, first, ref newlines) || !BetweenRecords(text, i + Vector256<byte>.Count, second, ref newlines))
                {
                    return false;
                }
            }

            for (; i + Vector256<byte>.Count + 1 <= text.Length; i += Vector256<byte>.Count)
            {
                if (!BetweenRecords(text, i, Vector256.Equals(Vector256.Create(text.Slice(i, Vector256<byte>.Count)), nl), ref newlines))
                {
                    return false;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var nl = Vector128.Create((byte)'\n');
            var close = Vector128.Create((byte)'}');
            var open = Vector128.Create((byte)'{');
            for (; i + Vector128<byte>.Count + 1 <= text.Length; i += Vector128<byte>.Count)
            {
                var isNewline = Vector128.Equals(Vector128.Create(text.Slice(i, Vector128<byte>.Count)), nl);
                if (isNewline == Vector128<byte>.Zero)
                {
                    continue;
                }

                var between = Vector128.Equals(Vector128.Create(text.Slice(i - 1, Vector128<byte>.Count)), close)
                    & Vector128.Equals(Vector128.Create(text.Slice(i + 1, Vector128<byte>.Count)), open);
                if (Vector128.AndNot(isNewline, between) != Vector128<byte>.Zero)
                {
                    return false;
                }

                newlines += BitOperations.PopCount(isNewline.ExtractMostSignificantBits());
            }
        }

        for (; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                if (i + 1 >= text.Length || text[i - 1] != (byte)'}' || text[i + 1] != (byte)'{')
                {
                    return false;
                }

                newlines++;
            }
        }

        return true;
    }

    /// <summary>The newlines flagged in the 32 bytes at <paramref name="at"/> each sit between a '}' and a '{'.</summary>
    private static bool BetweenRecords(ReadOnlySpan<byte> text, int at, Vector256<byte> isNewline, ref long newlines)
    {
        if (isNewline == Vector256<byte>.Zero)
        {
            return true;
        }

        var between = Vector256.Equals(Vector256.Create(text.Slice(at - 1, Vector256<byte>.Count)), Vector256.Create((byte)'}'))
            & Vector256.Equals(Vector256.Create(text.Slice(at + 1, Vector256<byte>.Count)), Vector256.Create((byte)'{'));
        if (Vector256.AndNot(isNewline, between) != Vector256<byte>.Zero)
        {
            return false;
        }

        newlines += BitOperations.PopCount(isNewline.ExtractMostSignificantBits());
        return true;
    }
}
