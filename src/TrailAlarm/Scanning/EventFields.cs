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

            // Stops once all four are found (eventID usually comes late, but the rest need not be read).
            while ((id is null || name is null || source is null || time is null) && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("eventID"u8)) id = ReadString(ref reader);
                else if (reader.ValueTextEquals("eventName"u8)) name = ReadString(ref reader);
                else if (reader.ValueTextEquals("eventSource"u8)) source = ReadString(ref reader);
                else if (reader.ValueTextEquals("eventTime"u8)) time = ReadTime(ref reader);
                else reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A record cut short keeps whatever fields came before the damage.
        }

        return new EventFields(id, name, source, time);
    }

    /// <summary>The top-level eventTime alone, stopping as soon as it is found.</summary>
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
                if (reader.ValueTextEquals("eventTime"u8))
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
            return reader.GetString();
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
