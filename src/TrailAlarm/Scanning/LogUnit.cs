namespace TrailAlarm.Scanning;

/// <summary>
/// One readable piece of a log source (a file, an S3 object, a log stream page): scanned as a whole by one worker,
/// reported in the order the source lists its units.
/// </summary>
public interface ILogUnit
{
    /// <summary>How findings name the unit: a path, s3://bucket/key, cwlogs:GROUP.</summary>
    string Name { get; }

    /// <summary>
    /// True when this unit is the next byte range of the same NDJSON file as the unit listed before it: its line
    /// numbers and ordinals are then relative, and the runner continues the previous unit's numbering.
    /// </summary>
    bool ContinuesPrevious => false;

    /// <summary>A path a folder walk found but left unread (a FIFO, a loop): reported, not counted as a file.</summary>
    bool NotRead => false;

    /// <summary>Streams every record of the unit into <paramref name="sink"/>; read failures go to the sink too.</summary>
    Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken);
}
