namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// NDJSON: one record per line. A bad line is reported with its line number and reading goes on with the next.
/// Unless strict, a line the sink finds uninteresting gets only a structural look ({ … }), not a full JSON check:
/// it cannot match, so only an error report about it can be missed, never a match.
/// </summary>
internal static class LineRecordReader
{
    public static void Read(ReadBuffer buffer, UnitErrors errors, Scanning.IRecordSink sink, bool strict)
    {
        long line = buffer.LineAt(buffer.Base + buffer.Start);
        long ordinal = 0;
        while (true)
        {
            var pending = buffer.Unconsumed;
            var newline = pending.IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (buffer.Fill())
                {
                    continue;
                }

                newline = pending.Length;
                if (newline == 0)
                {
                    sink.LinesRead(line - 1);
                    return;
                }
            }

            var record = pending[..newline].Trim(" \t\r"u8);
            var offset = buffer.Base + buffer.Start;
            buffer.Consume(Math.Min(newline + 1, pending.Length));
            if (!record.IsEmpty)
            {
                var looksWhole = record[0] == (byte)'{' && record[^1] == (byte)'}';
                if (!strict && looksWhole && !sink.Interesting(record))
                {
                    sink.Counted(new Scanning.RecordPosition(line, ++ordinal));
                    line++;
                    continue;
                }

                var problem = JsonRecordCheck.Problem(record);
                if (problem is null)
                {
                    sink.Record(record, new Scanning.RecordPosition(line, ++ordinal));
                }
                else
                {
                    errors.Add(line, offset, problem);
                }
            }

            line++;
        }
    }
}
