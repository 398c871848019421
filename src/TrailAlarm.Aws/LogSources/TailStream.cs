using System.Buffers.Binary;

namespace TrailAlarm.Aws.LogSources;

/// <summary>Passes reads through and remembers the last 8 bytes: a gzip member's CRC and size trailer.</summary>
internal sealed class TailStream(Stream inner) : Stream
{
    private readonly byte[] tail = new byte[8];
    private long total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>
    /// Does the trailer's ISIZE (length mod 2^32) equal the bytes decompressed? Exact for a single-member gzip, which
    /// is what CloudTrail writes; a file of several members needs <see cref="GzipMembers"/>.
    /// </summary>
    public bool EndsWithGzipSize(long decompressed) =>
        total >= 18 && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(4)) == (uint)decompressed;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n >= 8)
        {
            buffer.Slice(n - 8, 8).CopyTo(tail);
        }
        else if (n > 0)
        {
            tail.AsSpan(n).CopyTo(tail);
            buffer[..n].CopyTo(tail.AsSpan(8 - n));
        }

        total += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
