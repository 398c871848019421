using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Benchmarks;

/// <summary>
/// Throughput of the block-level literal search over real background CloudTrail records (no candidate inside):
/// the cost per byte of skipping events that cannot match.
/// </summary>
[MemoryDiagnoser]
public class BlockScanBenchmarks
{
    private byte[] _block = [];
    private readonly FilterPattern _cis45 = FilterPattern.Parse("{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }").Pattern!;
    private readonly FilterPattern _single = FilterPattern.Parse("StopLogging").Pattern!;

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchData.Background();
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        var one = ms.ToArray();
        var all = new List<byte>();
        while (all.Count < 4 << 20) all.AddRange(one);
        _block = all.ToArray();
    }

    [Benchmark(Description = "CIS 4.5 literals over 4 MiB of background records")]
    public long Cis45Block() => EventLines.CountBlock(_cis45, _block).Matches;

    [Benchmark(Description = "single literal over 4 MiB of background records")]
    public long SingleLiteralBlock() => EventLines.CountBlock(_single, _block).Matches;
}

internal static class BenchData
{
    /// <summary>shared/corpus/cloudtrail/background.jsonl.gz: beside the repository, or /work/shared.</summary>
    public static string Background()
    {
        foreach (var root in new[] { Environment.GetEnvironmentVariable("TRAILALARM_SHARED"), FindShared(), "/work/shared" })
        {
            if (root is null) continue;
            var path = Path.Combine(root, "corpus", "cloudtrail", "background.jsonl.gz");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("shared/corpus/cloudtrail/background.jsonl.gz not found; set TRAILALARM_SHARED");
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
        }
        return null;
    }
}
