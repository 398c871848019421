using System.Buffers.Binary;
using System.IO.Compression;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// Gzip files joined end to end (<c>cat a.gz b.gz</c>) are one valid gzip file of several members: every member is
/// read, but the size trailer at the end describes only the last member, so the whole-file size check cannot pass.
/// For a seekable file this finds where the last member starts and checks that member alone against the trailer.
/// </summary>
internal static class GzipMembers
{
    private const int HeaderAndTrailer = 18;

    /// <summary>
    /// True when, after the first member, some member header starts a member that decompresses, alone, to exactly the
    /// size in the trailer: the file is several members and the last is whole. False for a cut-off file (a chance
    /// header inside compressed data then has one chance in 2^32 of matching that size).
    /// </summary>
    public static bool LastOfSeveralIsWhole(Stream file)
    {
        var length = file.Length;
        if (length < 2 * HeaderAndTrailer)
        {
            return false;
        }

        var trailerSize = ReadTrailerSize(file, length);
        var starts = HeaderStarts(file, length);
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            if (DecompressedSize(file, starts[i]) is { } size && (uint)size == trailerSize)
            {
                return true;
            }
        }

        return false;
    }

    private static uint ReadTrailerSize(Stream file, long length)
    {
        Span<byte> size = stackalloc byte[4];
        file.Position = length - 4;
        file.ReadExactly(size);
        return BinaryPrimitives.ReadUInt32LittleEndian(size);
    }

    /// <summary>Offsets after the first byte where a gzip header (1f 8b, deflate, no reserved flags) could begin.</summary>
    private static List<long> HeaderStarts(Stream file, long length)
    {
        var starts = new List<long>();
        var chunk = new byte[1 << 20];
        for (long at = 1; at < length - HeaderAndTrailer;)
        {
            file.Position = at;
            var read = file.ReadAtLeast(chunk, Math.Min(chunk.Length, (int)Math.Min(int.MaxValue, length - at)), throwOnEndOfStream: false);
            var span = chunk.AsSpan(0, read);
            for (var i = span.IndexOf((byte)0x1f); i >= 0 && i + 3 < span.Length;)
            {
                if (span[i + 1] == 0x8b && span[i + 2] == 8 && (span[i + 3] & 0xe0) == 0 && at + i < length - HeaderAndTrailer)
                {
                    starts.Add(at + i);
                }

                var next = span[(i + 1)..].IndexOf((byte)0x1f);
                i = next < 0 ? -1 : i + 1 + next;
            }

            // The last three bytes were not looked at (a header needs four): the next chunk starts with them.
            at += Math.Max(1, read - 3);
        }

        return starts;
    }

    /// <summary>What the gzip data from <paramref name="start"/> on decompresses to, or null when it is not gzip.</summary>
    private static long? DecompressedSize(Stream file, long start)
    {
        file.Position = start;
        using var gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
        var sink = new byte[1 << 16];
        long size = 0;
        try
        {
            for (int n; (n = gzip.Read(sink)) > 0;)
            {
                size += n;
            }

            return size;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
