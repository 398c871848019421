using System.Text.RegularExpressions;

namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Reads a `%regex%` literal, checks the documented character set and compiles it (NonBacktracking).</summary>
internal static class RegexParser
{
    private const string AllowedSymbols = " :_#=@/;,-^$?[]{}|\\*+.";

    public static RegexLiteral Parse(Cursor c)
    {
        var open = c.Pos;
        var close = c.Text.IndexOf('%', open + 1);
        if (close < 0 || close >= c.End)
            throw PatternSyntaxException.At("unterminated-regex", "the regular expression is not closed with `%`", open, 1, "end it with %");
        var body = c.Text[(open + 1)..close];
        if (body.Length == 0)
            throw PatternSyntaxException.At("empty-regex", "the regular expression is empty", open, 2);
        for (int i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (char.IsAsciiLetterOrDigit(ch) || AllowedSymbols.Contains(ch, StringComparison.Ordinal)) continue;
            var hint = ch switch
            {
                '(' or ')' => "groups are not supported; write \\x28 for ( and \\x29 for )",
                _ when ch > 127 => "multi-byte characters are not supported in a regex",
                _ => $"write \\x{(int)ch:x2} to match `{ch}`",
            };
            throw PatternSyntaxException.At("invalid-regex-char", $"Invalid character(s) in term: `{ch}` is not allowed in a regular expression", open + 1 + i, 1, ch > 127 ? "multi-byte characters are not supported in a regex" : hint);
        }
        RegexCost.Check(body, open + 1);
        Regex regex;
        try
        {
            regex = new Regex(RegexTranslator.ToDotNet(body), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.Singleline);
        }
        catch (ArgumentException e)
        {
            throw PatternSyntaxException.At("invalid-regex", "the regular expression is not valid: " + FirstSentence(e.Message), open, close - open + 1);
        }
        catch (NotSupportedException e)
        {
            throw PatternSyntaxException.At("invalid-regex", "the regular expression is not supported: " + FirstSentence(e.Message), open, close - open + 1);
        }
        c.Pos = close + 1;
        return new RegexLiteral(body, regex);
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" - ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }
}
