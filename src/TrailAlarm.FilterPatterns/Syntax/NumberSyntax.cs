namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>The Number rule of the grammar and the "plain decimal" rule for numeric-looking strings (spec 6.5).</summary>
internal static class NumberSyntax
{
    /// <summary>[+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?</summary>
    public static bool IsNumber(ReadOnlySpan<char> s)
    {
        int i = 0;
        if (i < s.Length && s[i] is '+' or '-') i++;
        int intDigits = Digits(s, ref i), fracDigits = 0;
        if (i < s.Length && s[i] == '.') { i++; fracDigits = Digits(s, ref i); }
        if (intDigits == 0 && fracDigits == 0) return false;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            if (Digits(s, ref i) == 0) return false;
        }
        return i == s.Length;
    }

    /// <summary>^[+-]?\d+(\.\d+)?$ over UTF-8.</summary>
    public static bool IsPlainDecimal(ReadOnlySpan<byte> s)
    {
        int i = 0;
        if (i < s.Length && s[i] is (byte)'+' or (byte)'-') i++;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit((char)s[i])) i++;
        if (i == start) return false;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            int fracStart = i;
            while (i < s.Length && char.IsAsciiDigit((char)s[i])) i++;
            if (i == fracStart) return false;
        }
        return i == s.Length;
    }

    private static int Digits(ReadOnlySpan<char> s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - start;
    }
}
