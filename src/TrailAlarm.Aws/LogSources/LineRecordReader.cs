using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// NDJSON: one record per line. A bad line is reported with its line number and reading goes on with the next.
/// Unless strict, the reader asks the sink where the next interesting bytes are and only splits out the lines that
/// hold them; the runs of lines between are counted in one vectorised pass when they are all of the usual <c>{…}</c>
/// shape, else line by line. A line the sink finds uninteresting gets only that structural look, not a full JSON
/// check: it cannot match, so only an error report about it can be missed, never a match.
/// </summary>
internal sealed class LineRecordReader
{
    private readonly ReadBuffer buffer;
    private readonly UnitErrors errors;
    private readonly IRecordSink sink;
    private readonly bool strict;
    private long line;
    private long ordinal;

    private LineRecordReader(ReadBuffer buffer, UnitErrors errors, IRecordSink sink, bool strict)
    {
        this.buffer = buffer;
        this.errors = errors;
        this.sink = sink;
        this.strict = strict;
        line = buffer.LineAt(buffer.Base + buffer.Start);
    }

    public static void Read(ReadBuffer buffer, UnitErrors errors, IRecordSink sink, bool strict)
        => new LineRecordReader(buffer, errors, sink, strict).ReadAll();

    private void ReadAll()
    {
        while (true)
        {
            var pending = buffer.Unconsumed;
            var whole = buffer.EndOfStream ? pending.Length : pending.LastIndexOf((byte)'\n') + 1;
            if (whole > 0)
            {
                var block = pending[..whole];
                var linesBefore = line;
                ReadBlock(block, buffer.Base + buffer.Start);
                var newlines = line - linesBefore - (block[^1] == (byte)'\n' ? 0 : 1);
                buffer.Consume(whole, newlines);
                continue;
            }

            if (buffer.EndOfStream)
            {
                sink.LinesRead(line - 1);
                return;
            }

            buffer.Fill();
        }
    }

    /// <summary>A block of whole lines (the last may lack its newline at the end of the input).</summary>
    private void ReadBlock(ReadOnlySpan<byte> block, long offset)
    {
        if (strict)
        {
            ReadEachLine(block, offset);
            return;
        }

        var pos = 0;
        while (pos < block.Length)
        {
            var rest = block[pos..];
            var hit = sink.IndexOfInteresting(rest);
            if (hit < 0)
            {
                SkipLines(rest, offset + pos);
                return;
            }

            var lineStart = rest[..hit].LastIndexOf((byte)'\n') + 1;
            SkipLines(rest[..lineStart], offset + pos);
            var length = rest[lineStart..].IndexOf((byte)'\n');
            var lineEnd = length < 0 ? rest.Length : lineStart + length;
            ReadLine(rest[lineStart..lineEnd], offset + pos + lineStart, candidate: true);
            pos += Math.Min(lineEnd + 1, rest.Length);
        }
    }

    /// <summary>Lines in which the sink found nothing interesting.</summary>
    private void SkipLines(ReadOnlySpan<byte> run, long offset)
    {
        if (run.IsEmpty)
        {
            return;
        }

        if (RecordLines.AllWellShaped(run, out var records))
        {
            line += records;
            ordinal += records;
            sink.Counted(records);
            return;
        }

        ReadEachLine(run, offset);
    }

    private void ReadEachLine(ReadOnlySpan<byte> run, long offset)
    {
        var pos = 0;
        while (pos < run.Length)
        {
            var length = run[pos..].IndexOf((byte)'\n');
            var lineEnd = length < 0 ? run.Length : pos + length;
            ReadLine(run[pos..lineEnd], offset + pos, candidate: false);
            pos = lineEnd + 1;
        }
    }

    /// <param name="candidate">The sink already found interesting bytes in this line.</param>
    private void ReadLine(ReadOnlySpan<byte> text, long offset, bool candidate)
    {
        var record = text.Trim(" \t\r"u8);
        if (!record.IsEmpty)
        {
            var looksWhole = record[0] == (byte)'{' && record[^1] == (byte)'}';
            if (!strict && !candidate && looksWhole && sink.IndexOfInteresting(record) < 0)
            {
                ordinal++;
                sink.Counted(1);
            }
            else if (JsonRecordCheck.Problem(record) is { } problem)
            {
                errors.Add(line, offset, problem);
            }
            else
            {
                sink.Record(record, new RecordPosition(line, ++ordinal, offset + (text.Length - text.TrimStart(" \t\r"u8).Length)));
            }
        }

        line++;
    }
}
