using System.Text;
using System.Text.Json;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>
/// Mutated patterns and events must never make the engine throw: every parse returns a result (pattern or
/// positioned error) and every evaluation returns an answer. Regexes are NonBacktracking, so none can run away.
/// </summary>
public sealed class RobustnessTests
{
    private const string Nasty = "{}[]()\"%$.*&|!=<>?-\\' \t@é,:_0123456789aZ\u0000\u2028😀";

    private static List<string> Seeds(string property)
    {
        var seeds = File.ReadLines(SharedFiles.Path("specs", "filter-pattern-vectors.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(v => v.TryGetProperty(property, out _))
            .Select(v => v.GetProperty(property).GetString()!)
            .Distinct()
            .ToList();
        return seeds;
    }

    private static string Mutate(Random rng, string s)
    {
        var sb = new StringBuilder(s);
        var edits = rng.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            var at = sb.Length == 0 ? 0 : rng.Next(sb.Length);
            switch (rng.Next(6))
            {
                case 0 when sb.Length > 0: sb.Remove(at, 1); break;
                case 1: sb.Insert(at, Nasty[rng.Next(Nasty.Length)]); break;
                case 2 when sb.Length > 0: sb[at] = Nasty[rng.Next(Nasty.Length)]; break;
                case 3 when sb.Length > 0: sb.Length = at; break;
                case 4 when sb.Length > 0: sb.Insert(at, sb.ToString(at, Math.Min(sb.Length - at, rng.Next(1, 12)))); break;
                default: sb.Insert(at, "((((((((((" [..rng.Next(1, 10)]); break;
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void Hundred_thousand_mutated_patterns_and_events_never_throw()
    {
        var rng = new Random(20261122);
        var patterns = Seeds("pattern");
        var events = Seeds("event");
        int parsed = 0, failed = 0, evaluations = 0;
        for (int i = 0; i < 100_000; i++)
        {
            var text = Mutate(rng, patterns[rng.Next(patterns.Count)]);
            var result = FilterPattern.Parse(text);
            if (!result.Success)
            {
                failed++;
                var error = result.Error!;
                Assert.False(string.IsNullOrEmpty(error.Code));
                Assert.InRange(error.Start, 0, Math.Max(text.Length, 1));
                Assert.True(error.Length >= 1);
                continue;
            }
            parsed++;
            var pattern = result.Pattern!;
            for (int k = 0; k < 2; k++)
            {
                var ev = Mutate(rng, events[rng.Next(events.Count)]);
                var utf8 = Encoding.UTF8.GetBytes(ev);
                var matches = pattern.Matches(utf8);
                Assert.Equal(matches, pattern.Matches(ev));
                var value = pattern.MetricValue(utf8, rng.Next(2) == 0 ? "1" : "$.a");
                Assert.True(value is null || matches);
                evaluations++;
            }
            // Quoting can push the canonical spelling past the 1024-character limit; anything else must parse.
            var reparsed = FilterPattern.Parse(pattern.Canonical);
            Assert.True(reparsed.Success || reparsed.Error!.Code == "too-long", $"canonical of `{text}` does not parse: `{pattern.Canonical}`");
        }
        Assert.True(parsed > 10_000 && failed > 10_000, $"parsed {parsed}, failed {failed}: the mutations should exercise both paths");
        Assert.True(evaluations >= 20_000);
    }

    [Fact]
    public void Deeply_nested_input_is_answered_not_crashed()
    {
        var deepPattern = "{ " + new string('(', 400) + "$.a = 1" + new string(')', 400) + " }";
        var result = FilterPattern.Parse(deepPattern);
        Assert.True(result.Success);
        var deepEvent = new string('[', 5000) + new string(']', 5000);
        Assert.False(result.Pattern!.Matches(deepEvent));
        Assert.False(result.Pattern.Matches("{\"a\":" + deepEvent + "}"));
        Assert.True(result.Pattern.Matches("{\"a\":1}"));
    }

    [Fact]
    public void Pathological_regex_input_is_evaluated_without_backtracking()
    {
        var pattern = FilterPattern.Parse("%a*a*a*a*a*a*a*a*a*a*a*a*b%").Pattern!;
        Assert.False(pattern.Matches(new string('a', 50_000)));
        var json = FilterPattern.Parse("{ $.m = %x+x+x+x+x+x+y% }").Pattern!;
        Assert.False(json.Matches("{\"m\":\"" + new string('x', 50_000) + "\"}"));
    }
}
