using System.Text;

namespace TrailAlarm.FilterPatterns.Tests.Fuzzing;

/// <summary>
/// Hostile events for the fuzz harness, one line each (no raw newline): JSON over the grammar's vocabulary with
/// repeated names, escapes, lone surrogates, invalid UTF-8, numbers out of range, deep nesting, long values; and
/// plain text lines. Events are bytes, since invalid UTF-8 cannot be a .NET string.
/// </summary>
internal sealed class FuzzEvents(Random random)
{
    private static readonly string[] Names = ["eventName", "eventSource", "a", "b", "errorCode", "x-y", "n_1", "userIdentity", "\\u0061", "\\ud800"];
    private static readonly string[] Strings = ["CreateTrail", "StopLogging", "Stop\\u004cogging", "config.amazonaws.com", "Root", "AccessDenied", "a:b/c", "1.5", "200", "", "x y", "\\ud800", "\\udc00x", "\\u0000", "\\u001b[31m", "é", "Trail"];
    private static readonly string[] Numbers = ["1", "1000", "1e3", "55.50", "-2", "0.5", "1e999", "-1e999", "123456789012345678901234567890", "0e0"];

    public byte[] Event()
    {
        if (random.Next(6) == 0) return Text();
        var json = new StringBuilder();
        Object(json, 3);
        var bytes = Encoding.UTF8.GetBytes(json.ToString());
        return random.Next(8) == 0 ? Corrupt(bytes) : bytes;
    }

    private void Object(StringBuilder sb, int depth)
    {
        sb.Append('{');
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            // Names repeat often: duplicates must resolve to the last value everywhere.
            sb.Append('"').Append(Names[random.Next(Names.Length)]).Append("\":");
            Value(sb, depth);
        }
        sb.Append('}');
    }

    private void Value(StringBuilder sb, int depth)
    {
        switch (random.Next(depth > 0 ? 9 : 6))
        {
            case < 3: sb.Append('"').Append(Strings[random.Next(Strings.Length)]).Append('"'); break;
            case 3: sb.Append(Numbers[random.Next(Numbers.Length)]); break;
            case 4: sb.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" }); break;
            case 5: sb.Append('"').Append(new string(random.Next(2) == 0 ? 'x' : '7', random.Next(0, 600))).Append('"'); break;
            case 6:
            case 7: Object(sb, depth - 1); break;
            default:
                sb.Append('[');
                for (int i = 0, n = random.Next(0, 4); i < n; i++)
                {
                    if (i > 0) sb.Append(',');
                    Value(sb, depth - 1);
                }
                sb.Append(']');
                break;
        }
    }

    private byte[] Corrupt(byte[] bytes)
    {
        if (bytes.Length == 0) return bytes;
        var copy = bytes.ToList();
        var at = random.Next(copy.Count);
        switch (random.Next(3))
        {
            case 0: copy.Insert(at, (byte)random.Next(0x80, 0x100)); break;
            case 1: copy.RemoveRange(at, Math.Min(3, copy.Count - at)); break;
            default: copy[at] = (byte)random.Next(1, 0x100); break;
        }
        copy.RemoveAll(b => b == (byte)'\n');
        return copy.ToArray();
    }

    private byte[] Text()
    {
        var words = new[] { "ERROR", "WARN", "404", "a.b", "Trail", "StopLogging", "\"x y\"", "[q]", "\u001b[2J", "-" };
        return Encoding.UTF8.GetBytes(string.Join(" ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)])));
    }
}
