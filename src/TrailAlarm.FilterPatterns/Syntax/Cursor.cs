namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>A position in the pattern text with the small helpers every sub-parser needs.</summary>
internal sealed class Cursor(string text, int start, int end)
{
    public string Text { get; } = text;
    public int Pos { get; set; } = start;
    public int End { get; } = end;

    public bool AtEnd => Pos >= End;
    public char Current => Pos < End ? Text[Pos] : '\0';
    public char Peek(int ahead) => Pos + ahead < End ? Text[Pos + ahead] : '\0';

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    public void SkipSpaces()
    {
        while (Pos < End && IsSpace(Text[Pos])) Pos++;
    }

    public bool TryTake(string token)
    {
        if (string.CompareOrdinal(Text, Pos, token, 0, token.Length) != 0 || Pos + token.Length > End) return false;
        Pos += token.Length;
        return true;
    }

    /// <summary>Takes an upper-case keyword that is followed by a non-name character.</summary>
    public bool TryTakeKeyword(string keyword)
    {
        if (Pos + keyword.Length > End || string.CompareOrdinal(Text, Pos, keyword, 0, keyword.Length) != 0) return false;
        var after = Pos + keyword.Length < End ? Text[Pos + keyword.Length] : ' ';
        if (char.IsAsciiLetterOrDigit(after) || after == '_') return false;
        Pos += keyword.Length;
        return true;
    }

    public PatternSyntaxException Error(string code, string message, int length = 1, string? hint = null)
        => PatternSyntaxException.At(code, message, Math.Min(Pos, Math.Max(Text.Length - 1, 0)), length, hint);

    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
