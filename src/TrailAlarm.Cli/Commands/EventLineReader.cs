namespace TrailAlarm.Cli.Commands;

/// <summary>
/// The lines of an events file or standard input as raw bytes, one at a time, never holding more than one line:
/// a line longer than <see cref="MaxLineBytes"/> (a binary file, /dev/zero) stops the reading with a clear error
/// instead of growing without end.
/// </summary>
internal sealed class EventLineReader(Stream input, string name)
{
    /// <summary>CloudWatch Logs takes events of at most 1 MB; CloudTrail records stay far below this bound.</summary>
    public const int MaxLineBytes = 64 << 20;

    private byte[] buffer = new byte[1 << 20];
    private int start;
    private int end;
    private bool atEnd;

    /// <summary>The next line without its newline (and CR), or null at the end of the input.</summary>
    public ReadOnlyMemory<byte>? Next(int lineNumber)
    {
        var searched = start;
        while (true)
        {
            var newline = buffer.AsSpan(searched, end - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = buffer.AsMemory(start, searched + newline - start);
                start = searched + newline + 1;
                return line.Span.EndsWith("\r"u8) ? line[..^1] : line;
            }

            if (atEnd)
            {
                if (start == end) return null;
                var last = buffer.AsMemory(start, end - start);
                start = end;
                return last;
            }

            searched = end;
            if (end - start >= MaxLineBytes)
            {
                throw new UsageException($"{name}: event {lineNumber} (line {lineNumber}) is longer than {MaxLineBytes >> 20} MB without a newline; not an events file? stopped there");
            }

            Fill(ref searched);
        }
    }

    private void Fill(ref int searched)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            searched -= start;
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLineBytes + (1 << 20)));
        }

        int read;
        try
        {
            read = input.Read(buffer, end, buffer.Length - end);
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot read events from '{name}': {e.Message}");
        }

        end += read;
        atEnd = read == 0;
    }
}
