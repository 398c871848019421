using System.Buffers;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// A growable window over a stream: bytes [Start, End) are read but not yet consumed. It grows only when one record
/// does not fit, so memory follows the largest record, never the size of the input. Tracks line numbers.
/// </summary>
internal sealed class ReadBuffer : IDisposable
{
    public const int InitialSize = 1 << 20;

    private readonly Stream stream;
    private readonly int maxSize;
    private long linesBeforeCounted = 1;
    private long countedUpTo;

    public ReadBuffer(Stream stream, int maxSize)
    {
        this.stream = stream;
        this.maxSize = maxSize;
        Bytes = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    public byte[] Bytes { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    public bool EndOfStream { get; private set; }

    /// <summary>Stream offset of Bytes[0].</summary>
    public long Base { get; private set; }

    public ReadOnlySpan<byte> Unconsumed => Bytes.AsSpan(Start, End - Start);

    public void Consume(int count) => Start += count;

    /// <summary>Consumes bytes whose newlines the caller has counted, so <see cref="LineAt"/> need not count them again.</summary>
    public void Consume(int count, long newlines)
    {
        if (countedUpTo == Base + Start)
        {
            countedUpTo += count;
            linesBeforeCounted += newlines;
        }

        Start += count;
    }

    /// <summary>The 1-based line of the byte at stream offset <paramref name="offset"/> (offsets before Start may be approximate).</summary>
    public long LineAt(long offset)
    {
        if (offset < countedUpTo && offset >= Base)
        {
            return linesBeforeCounted - Bytes.AsSpan((int)(offset - Base), (int)(countedUpTo - offset)).Count((byte)'\n');
        }

        if (offset > countedUpTo)
        {
            var from = (int)(countedUpTo - Base);
            var to = (int)(offset - Base);
            linesBeforeCounted += Bytes.AsSpan(from, to - from).Count((byte)'\n');
            countedUpTo = offset;
        }

        return linesBeforeCounted;
    }

    /// <summary>Reads more; returns false at the end of the stream. Throws when one record would exceed the limit.</summary>
    public bool Fill()
    {
        if (EndOfStream)
        {
            return false;
        }

        Compact();
        if (End == Bytes.Length)
        {
            Grow();
        }

        var read = stream.Read(Bytes, End, Bytes.Length - End);
        if (read == 0)
        {
            EndOfStream = true;
            return false;
        }

        End += read;
        return true;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(Bytes);

    private void Compact()
    {
        if (Start == 0)
        {
            return;
        }

        // Line counting never looks before Start, so the counted prefix may be dropped.
        LineAt(Base + Start);
        Bytes.AsSpan(Start, End - Start).CopyTo(Bytes);
        Base += Start;
        End -= Start;
        Start = 0;
    }

    private void Grow()
    {
        if (Bytes.Length >= maxSize)
        {
            throw new RecordTooLargeException(maxSize);
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(maxSize, Bytes.Length * 2));
        Bytes.AsSpan(0, End).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(Bytes);
        Bytes = bigger;
    }
}

internal sealed class RecordTooLargeException(int limit) : Exception($"a record is larger than {limit / (1 << 20)} MB");
