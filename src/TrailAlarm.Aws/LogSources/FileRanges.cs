using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// Splits a large plain NDJSON file into byte ranges that end just after a newline, so several cores can scan one
/// file and, on one core too, each range's matches are handed on when it ends rather than held until the whole file
/// is read; the runner numbers their lines as one file. Gzip and JSON-document files stay whole (one unit).
/// </summary>
public static class FileRanges
{
    public const long DefaultRangeBytes = 64L << 20;

    public static IEnumerable<ILogUnit> Units(string path, bool strict, long rangeBytes = DefaultRangeBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var length = path == "-" ? 0 : new FileInfo(path).Length;
            return length < 2 * rangeBytes || !IsPlainNdjson(path) ? [new FileLogUnit(path, strict)] : Split(path, length, rangeBytes, strict);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading it whole will report the same failure as the file's read error.
            return [new FileLogUnit(path, strict)];
        }
    }

    private static List<ILogUnit> Split(string path, long length, long rangeBytes, bool strict)
    {
        var units = new List<ILogUnit>();
        long start = 0;
        using var file = File.OpenRead(path);
        while (start < length)
        {
            var end = start + rangeBytes >= length ? length : NextLineStart(file, start + rangeBytes, length);
            units.Add(new FileRangeUnit(path, start, end, units.Count > 0, strict));
            start = end;
        }

        return units;
    }

    private static bool IsPlainNdjson(string path)
    {
        using var file = File.OpenRead(path);
        using var buffer = new ReadBuffer(file, ReadBuffer.InitialSize);
        buffer.Fill();
        return !buffer.Unconsumed.StartsWith((ReadOnlySpan<byte>)[0x1f, 0x8b]) && RecordFormat.Detect(buffer) == RecordLayout.Lines;
    }

    private static long NextLineStart(FileStream file, long from, long length)
    {
        file.Position = from;
        var chunk = new byte[64 << 10];
        for (var at = from; at < length;)
        {
            var read = file.Read(chunk);
            var newline = chunk.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return at + newline + 1;
            }

            at += read;
        }

        return length;
    }
}

/// <summary>Bytes [start, end) of an NDJSON file, read as lines; numbered from 1 within the range.</summary>
public sealed class FileRangeUnit(string path, long start, long end, bool continuesPrevious, bool strict) : ILogUnit
{
    public string Name { get; } = path;

    public bool ContinuesPrevious { get; } = continuesPrevious;

    public Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        using var file = new FileStream(Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        file.Position = start;
        using var range = new RangeStream(file, end - start);
        StreamRecords.ReadLines(range, Name, new OffsetSink(sink, start), strict);
        return Task.CompletedTask;
    }

    /// <summary>Byte offsets are made file-absolute; everything else passes through.</summary>
    private sealed class OffsetSink(IRecordSink inner, long offset) : IRecordSink
    {
        public void Record(ReadOnlySpan<byte> utf8, RecordPosition position) => inner.Record(utf8, position with { ByteOffset = position.ByteOffset + offset });

        public void Error(ReadError error) => inner.Error(error with { ByteOffset = error.ByteOffset + offset });

        public int IndexOfInteresting(ReadOnlySpan<byte> utf8) => inner.IndexOfInteresting(utf8);

        public void Counted(long records) => inner.Counted(records);

        public void LinesRead(long lines) => inner.LinesRead(lines);
    }
}
