using System.Text.Json;

namespace TrailAlarm.Aws.LogSources;

/// <summary>Is a complete span exactly one JSON object? Returns null when it is, else what is wrong and where.</summary>
internal static class JsonRecordCheck
{
    internal static readonly JsonReaderOptions Options = new() { MaxDepth = 512, AllowMultipleValues = false };

    public static string? Problem(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                return "empty record";
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var found = reader.TokenType;
                reader.Skip();
                return $"record is not a JSON object (found {Describe(found)})";
            }

            reader.Skip();
            return reader.Read() ? $"unexpected text after the record at column {reader.TokenStartIndex + 1}" : null;
        }
        catch (JsonException e)
        {
            return $"invalid JSON at column {e.BytePositionInLine + 1}: {Reason(e)}";
        }
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The reader's message without its own (reader-relative) position suffix.</summary>
    public static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
