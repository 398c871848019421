namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>One field of a space-delimited event: its value (quotes/brackets stripped) and where its raw text starts.</summary>
internal readonly record struct FieldToken(int ValueStart, int ValueLength, int RawStart);

/// <summary>
/// Splits an event into fields at runs of whitespace; a field starting with `"` runs to the next `"`, one starting
/// with `[` to the next `]` (delimiters excluded; unterminated = rest of the line). No escapes (spec 7.1).
/// </summary>
internal static class DelimitedTokenizer
{
    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'\v';

    /// <summary>Writes up to tokens.Length fields; returns the total number of fields in the event.</summary>
    public static int Tokenize(ReadOnlySpan<byte> line, Span<FieldToken> tokens)
    {
        int count = 0, i = 0;
        while (true)
        {
            while (i < line.Length && IsSpace(line[i])) i++;
            if (i >= line.Length) return count;
            var raw = i;
            int valueStart, valueEnd;
            if (line[i] is (byte)'"' or (byte)'[')
            {
                var close = line[i] == '"' ? (byte)'"' : (byte)']';
                valueStart = i + 1;
                var rel = line[valueStart..].IndexOf(close);
                valueEnd = rel < 0 ? line.Length : valueStart + rel;
                i = rel < 0 ? line.Length : valueEnd + 1;
            }
            else
            {
                valueStart = i;
                while (i < line.Length && !IsSpace(line[i])) i++;
                valueEnd = i;
            }
            if (count < tokens.Length) tokens[count] = new FieldToken(valueStart, valueEnd - valueStart, raw);
            count++;
        }
    }

    public static ReadOnlySpan<byte> Remainder(ReadOnlySpan<byte> line, FieldToken token)
    {
        var end = line.Length;
        while (end > token.RawStart && IsSpace(line[end - 1])) end--;
        return line[token.RawStart..end];
    }
}
