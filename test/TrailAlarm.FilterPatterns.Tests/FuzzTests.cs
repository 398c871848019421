using System.Globalization;
using TrailAlarm.FilterPatterns.Tests.Fuzzing;
using Xunit.Abstractions;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>
/// The fuzz harness (Fuzzing/) in CI: a seeded short run. A long run, same checks:
/// <c>FUZZ_INPUTS=1000000 FUZZ_SEED=7 dotnet test test/TrailAlarm.FilterPatterns.Tests -c Release --filter FullyQualifiedName~FuzzTests</c>
/// (bench/README.md, "Fuzzing").
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_seeded_run_of_grammar_patterns_over_hostile_events_finds_no_disagreement_and_no_crash()
    {
        var inputs = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_INPUTS"), CultureInfo.InvariantCulture, out var n) ? n : 60_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261203;
        var run = new FuzzRun(seed);
        run.Run(inputs);
        output.WriteLine($"seed {seed}: {run.Inputs} inputs, {run.Matched} matched, {run.Unreadable} unreadable");
        Assert.Empty(run.Failures);
        Assert.True(run.Inputs >= inputs);
        // The run exercised both outcomes and the unreadable path, or it proves little.
        Assert.True(run.Matched > 0 && run.Matched < run.Inputs);
        Assert.True(run.Unreadable > 0);
    }

    [Fact]
    public void The_spec_vectors_agree_across_matcher_prefilter_set_and_block_count()
    {
        var failures = new List<string>();
        foreach (var line in File.ReadLines(SharedFiles.Path("specs", "filter-pattern-vectors.jsonl")))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (!root.TryGetProperty("event", out var ev) || ev.ValueKind != System.Text.Json.JsonValueKind.String) continue;
            var parsed = FilterPattern.Parse(root.GetProperty("pattern").GetString()!);
            if (!parsed.Success) continue;
            var p = parsed.Pattern!;
            var utf8 = System.Text.Encoding.UTF8.GetBytes(ev.GetString()!);
            if (utf8.Contains((byte)'\n') || utf8.Length == 0) continue;
            var alone = p.Matches(utf8);
            var set = new bool[1];
            new PatternSet([p]).Match(utf8, set);
            var block = EventLines.CountBlock(p, [.. utf8, (byte)'\n', .. utf8]).Matches;
            if (alone != p.MatchesWithoutPrefilter(utf8) || set[0] != alone || block != (alone ? 2 : 0))
                failures.Add($"{p.Text} on {ev.GetString()}");
        }
        Assert.Empty(failures);
    }
}
