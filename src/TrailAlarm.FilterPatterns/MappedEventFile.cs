using System.IO.MemoryMappedFiles;

namespace TrailAlarm.FilterPatterns;

/// <summary>
/// Counts the matching events of a newline-delimited file by mapping it into memory: the prefilter then scans the
/// page cache directly, with no copy into a read buffer. Only for files nothing else writes to: a file truncated
/// while mapped kills the process with SIGBUS (no .NET exception can catch it), which is why the CLI reads files
/// through <see cref="EventLines.Count"/> instead; this stays for the benchmarks.
/// </summary>
public static class MappedEventFile
{
    // Spans are limited to int.MaxValue bytes; windows end on a line boundary.
    private const long Window = 1L << 30;

    /// <param name="countEvents">Also count the events (one more pass over the bytes); when false Events is 0.</param>
    public static unsafe MatchCount Count(string path, FilterPattern pattern, bool countEvents = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(pattern);
        var length = new FileInfo(path).Length;
        if (length == 0) return new MatchCount(0, 0, 0);
        using var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* basePointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref basePointer);
        try
        {
            basePointer += view.PointerOffset;
            long events = 0, matches = 0, unreadable = 0, pos = 0;
            while (pos < length)
            {
                var size = (int)Math.Min(Window, length - pos);
                var window = new ReadOnlySpan<byte>(basePointer + pos, size);
                if (pos + size < length)
                {
                    var cut = window.LastIndexOf((byte)'\n');
                    if (cut >= 0) window = window[..(cut + 1)];
                }
                var block = EventLines.CountBlock(pattern, window, countEvents);
                events += block.Events;
                matches += block.Matches;
                unreadable += block.Unreadable;
                pos += window.Length;
            }
            return new MatchCount(events, matches, length, unreadable);
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }
}
