using System.Globalization;
using System.Text;

namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Parses comparison operators and values, shared by JSON and space-delimited patterns.</summary>
internal static class ValueParser
{
    public static bool TryOperator(Cursor c, out CompareOp op)
    {
        var start = c.Pos;
        if (c.TryTake("=="))
        {
            c.Pos = start;
            throw c.Error("bad-operator", "`==` is not an operator; use `=`", 2, "write `=` for equality");
        }
        op = c.TryTake("!=") ? CompareOp.NotEqual
            : c.TryTake("<=") ? CompareOp.LessOrEqual
            : c.TryTake(">=") ? CompareOp.GreaterOrEqual
            : c.TryTake("=") ? CompareOp.Equal
            : c.TryTake("<") ? CompareOp.Less
            : c.TryTake(">") ? CompareOp.Greater
            : (CompareOp)(-1);
        return (int)op >= 0;
    }

    public static bool IsBareValueChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '*' or '+' or '-' or ':' or '/';

    /// <summary>Reads the value after an operator; enforces the operator/value-kind rules.</summary>
    public static Literal Value(Cursor c, CompareOp op, ref int regexCount, Func<char, bool> isTerminator)
    {
        c.SkipSpaces();
        var start = c.Pos;
        Literal value;
        if (c.Current == '"') value = new StringLiteral(QuotedString(c), quoted: true);
        else if (c.Current == '%')
        {
            if (op is not (CompareOp.Equal or CompareOp.NotEqual))
                throw c.Error("regex-needs-equality", "a regex value can only be compared with `=` or `!=`", 1);
            value = RegexParser.Parse(c);
            if (++regexCount > 2)
                throw PatternSyntaxException.At("too-many-regex", "a pattern may contain at most 2 regular expressions", start, c.Pos - start);
        }
        else if (c.Current == '\'')
            throw c.Error("single-quotes", "single quotes do not delimit strings", 1, "use double quotes: \"Root\"");
        else
        {
            while (!c.AtEnd && IsBareValueChar(c.Current)) c.Pos++;
            if (c.Pos == start)
            {
                if (c.AtEnd || isTerminator(c.Current) || Cursor.IsSpace(c.Current))
                    throw c.Error("missing-value", "a value is missing after the operator", 1);
                throw c.Error("invalid-value-char", $"`{c.Current}` is not allowed in an unquoted value", 1, "put the value in double quotes");
            }
            if (!c.AtEnd && !Cursor.IsSpace(c.Current) && !isTerminator(c.Current))
                throw c.Error("invalid-value-char", $"`{c.Current}` is not allowed in an unquoted value", 1, "put the value in double quotes");
            var text = c.Text[start..c.Pos];
            value = TryNumber(text, out var number) ? number : new StringLiteral(text, quoted: false);
        }
        if (op is CompareOp.Less or CompareOp.LessOrEqual or CompareOp.Greater or CompareOp.GreaterOrEqual && value is not NumberLiteral)
            throw PatternSyntaxException.At("relational-needs-number", "`<`, `<=`, `>` and `>=` need a number", start, c.Pos - start, "compare with an unquoted number such as 400");
        return value;
    }

    /// <summary>A double-quoted string at the cursor; only \" and \\ are escapes, any other \x stays as typed.</summary>
    public static string QuotedString(Cursor c)
    {
        var start = c.Pos;
        c.Pos++;
        var sb = new StringBuilder();
        while (!c.AtEnd)
        {
            var ch = c.Current;
            if (ch == '"') { c.Pos++; return sb.ToString(); }
            if (ch == '\\' && c.Peek(1) is '"' or '\\') { sb.Append(c.Peek(1)); c.Pos += 2; continue; }
            sb.Append(ch);
            c.Pos++;
        }
        throw PatternSyntaxException.At("unterminated-string", "the quoted string is not closed", start, 1, "add the closing \"");
    }

    public static bool TryNumber(string text, out NumberLiteral number)
    {
        number = null!;
        if (!NumberSyntax.IsNumber(text)) return false;
        decimal? dec = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl)) return false;
        number = new NumberLiteral(text, dec, dbl);
        return true;
    }
}
