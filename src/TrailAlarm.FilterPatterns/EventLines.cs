namespace TrailAlarm.FilterPatterns;

/// <summary>
/// How many events (non-empty lines) were read and how many of them the pattern matched; <paramref name="Unreadable"/>
/// events hold a string the pattern needs but that cannot be decoded (they count as not matching).
/// </summary>
public readonly record struct MatchCount(long Events, long Matches, long Bytes, long Unreadable = 0);

/// <summary>
/// Counts the matching events of newline-delimited text (NDJSON CloudTrail records or log lines) read in large
/// blocks. Only the lines in which the pattern's literal prefilter finds a candidate are split out and evaluated;
/// the rest of each block is skipped with one vectorised search.
/// </summary>
public static class EventLines
{
    private const int BlockSize = 4 << 20;

    /// <summary>No event may be longer: a longer line (a binary file, /dev/zero) stops the count.</summary>
    public const int MaxEventBytes = 64 << 20;

    /// <exception cref="InvalidDataException">A line is longer than <see cref="MaxEventBytes"/>.</exception>
    public static MatchCount Count(Stream input, FilterPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(pattern);
        var buffer = new byte[BlockSize];
        int filled = 0;
        long events = 0, matches = 0, bytes = 0, unreadable = 0;
        while (true)
        {
            var read = input.Read(buffer, filled, buffer.Length - filled);
            bytes += read;
            var end = filled + read;
            var span = buffer.AsSpan(0, end);
            var complete = read == 0 ? end : span.LastIndexOf((byte)'\n') + 1;
            var block = CountBlock(pattern, span[..complete]);
            events += block.Events;
            matches += block.Matches;
            unreadable += block.Unreadable;
            if (read == 0) return new MatchCount(events, matches, bytes, unreadable);
            // Keep the partial last line; grow the buffer when a single line fills it.
            filled = end - complete;
            if (complete == 0 && filled == buffer.Length)
            {
                if (buffer.Length >= MaxEventBytes)
                    throw new InvalidDataException($"the event starting at byte {bytes - filled} is longer than {MaxEventBytes >> 20} MB without a newline (not an events file?); counting stopped there");
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else buffer.AsSpan(complete, filled).CopyTo(buffer);
        }
    }

    /// <summary>Counts the non-empty lines of a block of whole lines and how many of them match.</summary>
    public static MatchCount CountBlock(FilterPattern pattern, ReadOnlySpan<byte> block, bool countEvents = true)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        long matches = 0, unreadable = 0;
        var pos = 0;
        while (pos < block.Length)
        {
            var found = pattern.IndexOfPossibleMatch(block[pos..]);
            if (found < 0) break;
            var hit = pos + found;
            var lineStart = block[pos..hit].LastIndexOf((byte)'\n') + 1 + pos;
            var rel = block[hit..].IndexOf((byte)'\n');
            var lineEnd = rel < 0 ? block.Length : hit + rel;
            var line = block[lineStart..lineEnd];
            try
            {
                if (!IsBlank(line) && pattern.Matches(line)) matches++;
            }
            catch (UnreadableEventException)
            {
                unreadable++;
            }
            pos = lineEnd + 1;
        }
        return new MatchCount(countEvents ? NonEmptyLines(block) : 0, matches, block.Length, unreadable);
    }

    private static long NonEmptyLines(ReadOnlySpan<byte> block)
    {
        long lines = block.Count((byte)'\n');
        if (block.Length > 0 && block[^1] != '\n') lines++;
        // Empty lines are not events: each "\n\n" (overlapping) ends one, as does a leading "\n".
        if (block.Length > 0 && block[0] == '\n') lines--;
        for (int at = block.IndexOf("\n\n"u8); at >= 0;)
        {
            lines--;
            var next = block[(at + 1)..].IndexOf("\n\n"u8);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return lines;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Length == 0;
}
