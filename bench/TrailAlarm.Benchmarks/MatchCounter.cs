using System.Diagnostics;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Benchmarks;

/// <summary>`count PATTERN FILE`: prints how many lines of an NDJSON file the pattern matches (whole-process benchmark).</summary>
internal static class MatchCounter
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: count PATTERN FILE");
            return 2;
        }
        var parsed = FilterPattern.Parse(args[0]);
        if (!parsed.Success)
        {
            Console.Error.WriteLine($"invalid pattern: {parsed.Error!.Message}");
            return 2;
        }
        var watch = Stopwatch.StartNew();
        using var file = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var count = EventLines.Count(file, parsed.Pattern!);
        watch.Stop();
        Console.WriteLine(count.Matches);
        Console.Error.WriteLine($"events={count.Events} matches={count.Matches} bytes={count.Bytes} seconds={watch.Elapsed.TotalSeconds:F3} MBps={count.Bytes / 1e6 / watch.Elapsed.TotalSeconds:F0}");
        return 0;
    }
}
