using System.Text;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// Rewrites an AWS filter-pattern regex for RE2 (DuckDB) and Java-style engines (Trino): ASCII \d \w \s, `{,n}` as
/// `{0,n}`, `$` as end of text only (\z), `.` across newlines ((?s)), `\` + other character as that character.
/// Only constructs both engines read the same way are emitted.
/// </summary>
internal static class SqlRegex
{
    private const string Space = "\\x09\\x0A\\x0B\\x0C\\x0D ";

    public static string Translate(string body)
    {
        var sb = new StringBuilder("(?s)", body.Length + 24);
        bool inClass = false;
        for (int i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch == '\\' && i + 1 < body.Length)
            {
                i++;
                Escape(sb, body, ref i, inClass);
                continue;
            }
            if (inClass)
            {
                if (ch == ']' && !ClassJustOpened(body, i)) inClass = false;
                else if (ch == '[') { sb.Append("\\["); continue; }
                sb.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '[': inClass = true; sb.Append(ch); break;
                case '$': sb.Append("\\z"); break;
                case '{' when i + 1 < body.Length && body[i + 1] == ',': sb.Append("{0"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    private static bool ClassJustOpened(string body, int i)
        => body[i - 1] == '[' && !(i >= 2 && body[i - 2] == '\\') || body[i - 1] == '^' && i >= 2 && body[i - 2] == '[';

    private static void Escape(StringBuilder sb, string body, ref int i, bool inClass)
    {
        var ch = body[i];
        switch (ch)
        {
            case 'd': sb.Append(inClass ? "0-9" : "[0-9]"); return;
            case 'w': sb.Append(inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]"); return;
            case 's': sb.Append(inClass ? Space : "[" + Space + "]"); return;
            case 'D' or 'W' or 'S' when inClass:
                // A negated class inside a class (e.g. [\Sa]) has no ASCII spelling both engines share.
                throw new SqlRefusedException($"the regex class \\{ch} inside [...] has no portable SQL spelling");
            case 'D': sb.Append("[^0-9]"); return;
            case 'W': sb.Append("[^A-Za-z0-9_]"); return;
            case 'S': sb.Append("[^" + Space + "]"); return;
            case 'x' when i + 2 < body.Length && char.IsAsciiHexDigit(body[i + 1]) && char.IsAsciiHexDigit(body[i + 2]):
                sb.Append("\\x").Append(body, i + 1, 2);
                i += 2;
                return;
            default:
                if (char.IsAsciiLetterOrDigit(ch) || ch == '_' || ch == ' ') sb.Append(ch);
                else sb.Append('\\').Append(ch);
                return;
        }
    }
}
