namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Dispatches on the first non-space character to the parser of the matching pattern kind (spec section 2).</summary>
internal static class PatternParser
{
    public const int MaxLength = 1024;

    public static PatternNode Parse(string text)
    {
        if (text.Length > MaxLength)
            throw PatternSyntaxException.At("too-long", $"the pattern is {text.Length} characters; the limit is {MaxLength}", MaxLength, text.Length - MaxLength);
        int start = 0, end = text.Length;
        while (start < end && Cursor.IsSpace(text[start])) start++;
        while (end > start && Cursor.IsSpace(text[end - 1])) end--;
        if (start == end) return new MatchAllNode();
        return text[start] switch
        {
            '{' => JsonPatternParser.Parse(text, start, end),
            '[' => DelimitedPatternParser.Parse(text, start, end),
            '%' => StandaloneRegex(text, start, end),
            _ => TermPatternParser.Parse(text, start, end),
        };
    }

    private static RegexNode StandaloneRegex(string text, int start, int end)
    {
        var c = new Cursor(text, start, end);
        var regex = RegexParser.Parse(c);
        if (!c.AtEnd)
            throw c.Error("text-after-regex", "nothing may follow a standalone `%regex%`", end - c.Pos);
        return new RegexNode(regex);
    }
}
