using System.Text;
using System.Text.Json;

namespace TrailAlarm.Scanning;

/// <summary>
/// Reading names and strings of records that may hold text .NET cannot decode (invalid UTF-8, a lone surrogate
/// escape such as <c>"\ud800"</c>): <see cref="Utf8JsonReader"/> throws on them, these never do.
/// </summary>
public static class JsonNames
{
    /// <summary>Is the property name or string the reader stands on <paramref name="utf8"/>? Undecodable text is not.</summary>
    public static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.SequenceEqual(utf8);
        }

        try
        {
            return reader.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The string the reader stands on; undecodable text is shown as written (escapes kept, bad bytes as U+FFFD).</summary>
    public static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
