namespace TrailAlarm.Scanning;

/// <summary>
/// Where a record sits in its log object: the 1-based line it starts on, its 1-based ordinal and the byte offset of
/// its first byte (in the decompressed data for gzip).
/// </summary>
public readonly record struct RecordPosition(long Line, long Ordinal, long ByteOffset = 0);

/// <summary>
/// Input that could not be read: the log object, the line, the byte offset and what was wrong.
/// Reading goes on after it whenever the format allows.
/// </summary>
public sealed record ReadError(string Source, long Line, long ByteOffset, string Message)
{
    public override string ToString() => Line > 0 ? $"{Source}:{Line}: {Message}" : $"{Source}: {Message}";
}

/// <summary>Receives the records a reader finds, one at a time; the bytes are only valid during the call.</summary>
public interface IRecordSink
{
    /// <summary>A well-formed record (checked to be one JSON object).</summary>
    void Record(ReadOnlySpan<byte> utf8, RecordPosition position);

    /// <summary>
    /// A cheap look at raw bytes before they are checked: the index of the first byte that may make a record among
    /// them interesting, or -1 when none can be. A record the sink cannot care about beyond counting may skip the
    /// full JSON check and be reported through <see cref="Counted"/> instead. By default every record is interesting.
    /// </summary>
    int IndexOfInteresting(ReadOnlySpan<byte> utf8) => 0;

    /// <summary>Records that were not interesting, counted without being checked.</summary>
    void Counted(long records)
    {
    }

    void Error(ReadError error);

    /// <summary>How many lines the reader went through (line-oriented readers report it at the end).</summary>
    void LinesRead(long lines)
    {
    }
}
