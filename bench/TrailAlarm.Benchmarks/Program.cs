using BenchmarkDotNet.Running;
using TrailAlarm.Benchmarks;

// `count PATTERN FILE`: whole-process match count (bench/pattern-vs-jq.sh); anything else: BenchmarkDotNet.
if (args.Length > 0 && args[0] == "count")
{
    return MatchCounter.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PerEventBenchmarks).Assembly).Run(args);
return 0;
