namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>
/// A compile-time bound on what a regex costs to match. The NonBacktracking engine is linear in the text, but it
/// unrolls a counted repetition into one state per repetition, and building its automaton grows with the square of
/// that count on text that keeps many of them alive (<c>\D{400,}</c>: half a second on one 1,000-character field;
/// <c>\D{1000,}</c> far more). Regex atoms carry no groups here, so each quantifier applies to one atom, and the
/// unrolled size is the sum of the repetition bounds.
/// </summary>
internal static class RegexCost
{
    /// <summary>Positions a regex may unroll to: keeps the first match of any event well under a millisecond per KB.</summary>
    public const int MaxUnrolledPositions = 256;

    /// <summary>Throws a positioned error when the counted repetitions of <paramref name="body"/> exceed the budget.</summary>
    public static void Check(string body, int bodyStart)
    {
        var total = 0L;
        var inClass = false;
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch == '\\') { i++; continue; }
            if (inClass) { if (ch == ']') inClass = false; continue; }
            if (ch == '[') { inClass = true; if (i + 1 < body.Length && body[i + 1] == ']') i++; continue; }
            if (ch != '{' || !TryBound(body, i, out var bound, out var length)) continue;
            total += bound;
            if (total > MaxUnrolledPositions)
            {
                throw PatternSyntaxException.At("regex-too-costly",
                    $"the regular expression's counted repetitions add up to more than {MaxUnrolledPositions} positions (this one brings them to {total}); matching it would cost seconds per event",
                    bodyStart + i, length, $"use smaller counts, or * / + instead of {{n,}}");
            }
            i += length - 1;
        }
    }

    /// <summary>{m}, {m,}, {m,n}, {,n} at <paramref name="at"/>: the largest count it unrolls to.</summary>
    private static bool TryBound(string body, int at, out long bound, out int length)
    {
        bound = 0;
        length = 0;
        var close = body.IndexOf('}', at + 1);
        if (close < 0) return false;
        var inside = body[(at + 1)..close];
        var comma = inside.IndexOf(',', StringComparison.Ordinal);
        var low = comma < 0 ? inside : inside[..comma];
        var high = comma < 0 ? "" : inside[(comma + 1)..];
        if (!AllDigits(low) || !AllDigits(high) || low.Length == 0 && high.Length == 0) return false;
        var lowValue = low.Length == 0 ? 0 : long.Parse(low.Length > 9 ? low[..9] : low, System.Globalization.CultureInfo.InvariantCulture);
        var highValue = high.Length == 0 ? 0 : long.Parse(high.Length > 9 ? high[..9] : high, System.Globalization.CultureInfo.InvariantCulture);
        // {m,} unrolls m copies and a loop; {m,n} and {,n} unroll n.
        bound = comma >= 0 && high.Length == 0 ? lowValue + 1 : Math.Max(lowValue, highValue);
        length = close - at + 1;
        return true;
    }

    private static bool AllDigits(string s) => s.All(char.IsAsciiDigit);
}
