using System.Text.Json;

namespace TrailAlarm.Aws.LogSources;

/// <summary>How a log object holds its records, decided from its first bytes.</summary>
internal enum RecordLayout
{
    /// <summary>One record per line (NDJSON); bad lines are reported one by one.</summary>
    Lines,

    /// <summary>{"Records": […]}, a top-level array, or pretty-printed objects one after another.</summary>
    JsonStream,
}

internal static class RecordFormat
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512 };

    /// <summary>Skips a byte-order mark and decides the layout; the buffer must hold the first bytes.</summary>
    public static RecordLayout Detect(ReadBuffer buffer)
    {
        if (buffer.Unconsumed.StartsWith("\uFEFF"u8))
        {
            buffer.Consume(3);
        }

        var text = buffer.Unconsumed;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || text[first] == (byte)'[')
        {
            return RecordLayout.JsonStream;
        }

        if (text[first] != (byte)'{')
        {
            return RecordLayout.Lines;
        }

        var newline = text[first..].IndexOf((byte)'\n');
        var line = newline < 0 ? text[first..] : text.Slice(first, newline);
        var reader = new Utf8JsonReader(line, isFinalBlock: false, new JsonReaderState(Options));
        try
        {
            reader.Read();
            if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && TrailAlarm.Scanning.JsonNames.Is(ref reader, "Records"u8))
            {
                return RecordLayout.JsonStream;
            }

            reader = new Utf8JsonReader(line, isFinalBlock: false, new JsonReaderState(Options));
            reader.Read();
            // A first line holding a whole object means NDJSON; an object spanning lines means pretty-printed JSON.
            return reader.TrySkip() ? RecordLayout.Lines : RecordLayout.JsonStream;
        }
        catch (JsonException)
        {
            return RecordLayout.Lines;
        }
    }
}
