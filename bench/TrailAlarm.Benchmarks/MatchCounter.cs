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
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var count = MappedEventFile.Count(args[1], parsed.Pattern!, countEvents: Environment.GetEnvironmentVariable("COUNT_EVENTS") == "1");
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(count.Matches);
        Console.Error.WriteLine($"events={count.Events} matches={count.Matches} bytes={count.Bytes} wall_s={watch.Elapsed.TotalSeconds:F3} cpu_s={cpu:F3} cpu_MBps={count.Bytes / 1e6 / cpu:F0}");
        return 0;
    }
}
