using System.Text;

namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>
/// Rewrites an AWS filter-pattern regex into .NET syntax with the same meaning: ASCII \d \w \s, `{,n}` as
/// `{0,n}`, `$` as end of string only, and `\` + other character as that literal character. The SQL printers use
/// the same rewrite with their own spelling of whitespace and of negated classes inside a class.
/// </summary>
internal static class RegexTranslator
{
    public static string ToDotNet(string body) => Translate(body, prefix: "", space: "\\t\\n\\v\\f\\r ", negatedInClass: ch => "\\" + ch);

    /// <param name="negatedInClass">The spelling of \D, \W or \S inside [...] (may refuse by throwing).</param>
    public static string Translate(string body, string prefix, string space, Func<char, string> negatedInClass)
    {
        var sb = new StringBuilder(prefix, body.Length + 24);
        bool inClass = false;
        for (int i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch == '\\' && i + 1 < body.Length)
            {
                i++;
                AppendEscape(sb, body, ref i, inClass, space, negatedInClass);
                continue;
            }
            if (inClass)
            {
                if (ch == ']' && !IsClassStart(body, i)) inClass = false;
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

    // A ']' right after '[' or '[^' is a literal member of the class.
    private static bool IsClassStart(string body, int i)
        => body[i - 1] == '[' && !IsEscaped(body, i - 1) || body[i - 1] == '^' && i >= 2 && body[i - 2] == '[';

    private static bool IsEscaped(string body, int i) => i > 0 && body[i - 1] == '\\';

    private static void AppendEscape(StringBuilder sb, string body, ref int i, bool inClass, string space, Func<char, string> negatedInClass)
    {
        var ch = body[i];
        switch (ch)
        {
            case 'd': sb.Append(inClass ? "0-9" : "[0-9]"); return;
            case 'w': sb.Append(inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]"); return;
            case 's': sb.Append(inClass ? space : "[" + space + "]"); return;
            case 'D' or 'W' or 'S' when inClass: sb.Append(negatedInClass(ch)); return;
            case 'D': sb.Append("[^0-9]"); return;
            case 'W': sb.Append("[^A-Za-z0-9_]"); return;
            case 'S': sb.Append("[^" + space + "]"); return;
            case 'x' when i + 2 < body.Length && char.IsAsciiHexDigit(body[i + 1]) && char.IsAsciiHexDigit(body[i + 2]):
                sb.Append("\\x").Append(body, i + 1, 2);
                i += 2;
                return;
            default:
                // Any other escaped character stands for itself.
                if (char.IsAsciiLetterOrDigit(ch) || ch == '_' || ch == ' ') sb.Append(ch);
                else sb.Append('\\').Append(ch);
                return;
        }
    }
}
