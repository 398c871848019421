using System.Globalization;
using System.Text;

namespace TrailAlarm.Cli;

/// <summary>
/// Text from logs (event ids, file and key names, messages) made safe for a terminal: control characters (C0, DEL,
/// C1, which carry escape sequences), bidirectional overrides and lone surrogates are shown as \xHH / \uHHHH instead
/// of being sent raw. Only human-readable output goes through here; JSON output stays exact (its encoder escapes
/// control characters itself).
/// </summary>
internal static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsEscape))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c))
            {
                sb.Append(c <= 0xFF ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is '\u200E' or '\u200F' or '\u061C';
}
