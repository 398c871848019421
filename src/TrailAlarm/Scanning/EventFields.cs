using System.Text.Json;

namespace TrailAlarm.Scanning;

/// <summary>The top-level CloudTrail fields a finding names. Any may be absent (old or partial records).</summary>
public sealed record EventFields(string? EventId, string? EventName, string? EventSource, DateTimeOffset? EventTime)
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 256 };

    /// <summary>Reads the fields from one record's top level only; nested fields of the same name are ignored.</summary>
    public static EventFields Read(ReadOnlySpan<byte> utf8)
    {
        string? id = null, name = null, source = null;
        DateTimeOffset? time = null;
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new EventFields(null, null, null, null);
            }

            // Every top-level property is read: a repeated name counts with its last value, as in the matcher.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (JsonNames.Is(ref reader, "eventID"u8)) id = ReadString(ref reader);
                else if (JsonNames.Is(ref reader, "eventName"u8)) name = ReadString(ref reader);
                else if (JsonNames.Is(ref reader, "eventSource"u8)) source = ReadString(ref reader);
                else if (JsonNames.Is(ref reader, "eventTime"u8)) time = ReadTime(ref reader);
                else reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A record cut short keeps whatever fields came before the damage.
        }

        return new EventFields(id, name, source, time);
    }

    /// <summary>
    /// The top-level eventTime alone, stopping as soon as it is found (so for the window a repeated eventTime counts
    /// with its first value; it is read for every record, and reading on would cost every record).
    /// </summary>
    public static DateTimeOffset? ReadTime(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (JsonNames.Is(ref reader, "eventTime"u8))
                {
                    return ReadTime(ref reader);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return JsonNames.Text(ref reader);
        }

        reader.Skip();
        return null;
    }

    private static DateTimeOffset? ReadTime(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var time))
        {
            return time.ToUniversalTime();
        }

        reader.Skip();
        return null;
    }
}
