using System.IO.Compression;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>Reads every record of one byte stream (gzip or not, any supported layout) into a sink.</summary>
public static class StreamRecords
{
    /// <summary>No single record may exceed this; larger ones are reported, not loaded.</summary>
    public const int MaxRecordBytes = 256 << 20;

    private const int DetectBytes = 64 << 10;

    /// <param name="strict">Check every NDJSON line is valid JSON, even lines no rule could match (slower).</param>
    public static void Read(Stream stream, string source, IRecordSink sink, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sink);
        var errors = new UnitErrors(source, sink);
        var gzip = IsGzip(stream, out var peeked);
        var tail = new TailStream(peeked);
        Stream input = gzip ? new GZipStream(tail, CompressionMode.Decompress) : tail;
        using var buffer = new ReadBuffer(input, MaxRecordBytes);
        try
        {
            // Enough of the start to see the layout (a stream may hand over only a few bytes per read).
            while (buffer.Unconsumed.Length < DetectBytes && buffer.Fill())
            {
            }

            if (RecordFormat.Detect(buffer) == RecordLayout.Lines)
            {
                LineRecordReader.Read(buffer, errors, sink, strict);
            }
            else
            {
                new JsonStreamRecordReader(buffer, errors, sink).Read();
            }

            if (gzip && buffer.EndOfStream && !tail.EndsWithGzipSize(buffer.Base + buffer.End) && !(stream.CanSeek && GzipMembers.LastOfSeveralIsWhole(stream)))
            {
                // GZipStream reports a cut-off member as a normal end; the size trailer tells the difference.
                errors.Add(buffer.LineAt(buffer.Base + buffer.End), buffer.Base + buffer.End, $"the compressed data ends early (truncated gzip?) after {buffer.Base + buffer.End} bytes: its size trailer does not match");
            }
        }
        catch (InvalidDataException e)
        {
            errors.Add(buffer.LineAt(buffer.Base + buffer.Start), buffer.Base + buffer.End, $"corrupt compressed data after {buffer.Base + buffer.End} bytes: {e.Message}; the rest of this file is not read");
        }
        catch (EndOfStreamException)
        {
            errors.Add(buffer.LineAt(buffer.Base + buffer.Start), buffer.Base + buffer.End, $"the compressed data ends early (truncated gzip) after {buffer.Base + buffer.End} bytes");
        }
        catch (RecordTooLargeException e)
        {
            errors.Add(buffer.LineAt(buffer.Base + buffer.Start), buffer.Base + buffer.Start, $"{e.Message}; the rest of this file is not read");
        }
        finally
        {
            errors.Close();
            input.Dispose();
        }
    }

    /// <summary>A range of an NDJSON file: plain lines, no layout or gzip detection (the whole file was checked).</summary>
    internal static void ReadLines(Stream stream, string source, IRecordSink sink, bool strict)
    {
        var errors = new UnitErrors(source, sink);
        using var buffer = new ReadBuffer(stream, MaxRecordBytes);
        try
        {
            buffer.Fill();
            LineRecordReader.Read(buffer, errors, sink, strict);
        }
        catch (RecordTooLargeException e)
        {
            errors.Add(buffer.LineAt(buffer.Base + buffer.Start), buffer.Base + buffer.Start, $"{e.Message}; the rest of this file is not read");
        }
        finally
        {
            errors.Close();
        }
    }

    /// <summary>Looks at the first two bytes (the gzip magic) without losing them, for streams that cannot seek.</summary>
    private static bool IsGzip(Stream stream, out Stream readable)
    {
        var head = new byte[2];
        var got = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        readable = new PrefixedStream(head.AsMemory(0, got), stream);
        return got == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }
}
