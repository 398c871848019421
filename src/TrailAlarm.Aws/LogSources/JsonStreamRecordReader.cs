using System.Text.Json;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// CloudTrail's <c>{"Records": [ … ]}</c>, a top-level array of records, or JSON objects one after another (pretty
/// printed), read token by token with <see cref="Utf8JsonReader"/> over a refilled buffer: each record is handed over
/// as soon as its closing brace is read, so only one record needs to be in memory. Invalid JSON ends the unit (there
/// is no reliable place to resume), after every record before it has been delivered.
/// </summary>
internal sealed class JsonStreamRecordReader(ReadBuffer buffer, UnitErrors errors, IRecordSink sink)
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512, AllowMultipleValues = true };

    private readonly Stack<Context> contexts = new();
    private JsonReaderState state = new(Options);
    private long ordinal;
    private long nextObjectIsRecordAt = -1;

    private enum Context
    {
        WrapperProperties,
        Elements,
    }

    private enum Outcome
    {
        NeedMore,
        Rewound,
        Done,
    }

    public void Read()
    {
        var finalPassDone = false;
        while (true)
        {
            Outcome outcome;
            int consumed;
            try
            {
                outcome = Step(out consumed);
            }
            catch (JsonException e)
            {
                var line = buffer.LineAt(buffer.Base + buffer.Start) + (e.LineNumber ?? 0);
                errors.Add(line, buffer.Base + buffer.Start, $"invalid JSON: {JsonRecordCheck.Reason(e)}; the rest of this file is not read");
                return;
            }

            buffer.Consume(consumed);
            if (outcome == Outcome.Done)
            {
                return;
            }

            if (outcome == Outcome.NeedMore && !buffer.Fill())
            {
                if (!finalPassDone)
                {
                    // Read once more as the final block, so a value that ends exactly at the end is completed.
                    finalPassDone = true;
                    continue;
                }

                if (contexts.Count > 0 || !buffer.Unconsumed.Trim(" \t\r\n"u8).IsEmpty)
                {
                    errors.Add(buffer.LineAt(buffer.Base + buffer.Start), buffer.Base + buffer.Start, "the file ends in the middle of a record (truncated?)");
                }

                return;
            }
        }
    }

    /// <summary>Reads tokens until more bytes are needed; <paramref name="consumed"/> is what may be dropped.</summary>
    private Outcome Step(out int consumed)
    {
        var reader = new Utf8JsonReader(buffer.Unconsumed, buffer.EndOfStream, state);
        while (true)
        {
            var checkpoint = (int)reader.BytesConsumed;
            var checkpointState = reader.CurrentState;
            var checkpointOffset = buffer.Base + buffer.Start + checkpoint;
            if (!reader.Read())
            {
                consumed = checkpoint;
                state = checkpointState;
                return buffer.EndOfStream && contexts.Count == 0 ? Outcome.Done : Outcome.NeedMore;
            }

            var expectsRecord = contexts.Count == 0 || contexts.Peek() == Context.Elements;
            if (expectsRecord && reader.TokenType == JsonTokenType.StartObject)
            {
                if (contexts.Count == 0 && nextObjectIsRecordAt != checkpointOffset && OpensWrapper(ref reader) is var wrapper && wrapper != false)
                {
                    if (wrapper is null)
                    {
                        consumed = checkpoint;
                        state = checkpointState;
                        return Outcome.NeedMore;
                    }

                    contexts.Push(Context.WrapperProperties);
                    contexts.Push(Context.Elements);
                    continue;
                }

                if (contexts.Count == 0 && nextObjectIsRecordAt != checkpointOffset)
                {
                    // Not a wrapper: read the same object again, this time as a record.
                    nextObjectIsRecordAt = checkpointOffset;
                    consumed = checkpoint;
                    state = checkpointState;
                    return Outcome.Rewound;
                }

                var start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    consumed = checkpoint;
                    state = checkpointState;
                    return Outcome.NeedMore;
                }

                var record = buffer.Unconsumed[start..(int)reader.BytesConsumed];
                var line = buffer.LineAt(buffer.Base + buffer.Start + start);
                sink.Record(record, new RecordPosition(line, ++ordinal, buffer.Base + buffer.Start + start));
                continue;
            }

            if (!Structural(ref reader, expectsRecord))
            {
                consumed = checkpoint;
                state = checkpointState;
                return Outcome.NeedMore;
            }
        }
    }

    /// <summary>Handles every token that is not a record; false when it needs more bytes.</summary>
    private bool Structural(ref Utf8JsonReader reader, bool expectsRecord)
    {
        var tokenOffset = buffer.Base + buffer.Start + reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray when contexts.Count == 0:
                contexts.Push(Context.Elements);
                return true;
            case JsonTokenType.EndArray:
            case JsonTokenType.EndObject:
                contexts.Pop();
                return true;
            case JsonTokenType.PropertyName:
                // Another property of the wrapper, after "Records": not records, skip its value.
                return reader.TrySkip();
            default:
                var found = reader.TokenType;
                if (!reader.TrySkip())
                {
                    return false;
                }

                var where = buffer.LineAt(tokenOffset);
                var what = expectsRecord && contexts.Count > 0 ? "a record" : "the top level";
                errors.Add(where, tokenOffset, $"{what} is not a JSON object (found {JsonRecordCheck.Describe(found)}); skipped");
                return true;
        }
    }

    /// <summary>After a top-level '{': true when its first property is "Records" holding an array, null when unsure yet.</summary>
    private static bool? OpensWrapper(ref Utf8JsonReader reader)
    {
        var peek = reader;
        if (!peek.Read())
        {
            return null;
        }

        if (peek.TokenType != JsonTokenType.PropertyName || !JsonNames.Is(ref peek, "Records"u8))
        {
            return false;
        }

        if (!peek.Read())
        {
            return null;
        }

        if (peek.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        reader = peek;
        return true;
    }
}
