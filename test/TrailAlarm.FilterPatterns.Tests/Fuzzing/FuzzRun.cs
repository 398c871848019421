namespace TrailAlarm.FilterPatterns.Tests.Fuzzing;

/// <summary>
/// One seeded fuzz run. Each round compiles a few generated patterns and evaluates each on a batch of hostile
/// events, cross-checking four ways of deciding the same thing: the plain matcher, the matcher behind its literal
/// prefilter, a <see cref="PatternSet"/> of the round's patterns, and block counting over the batch joined into
/// NDJSON (<see cref="EventLines.CountBlock"/>). Also: parsing never throws, the canonical form re-parses to an equal
/// pattern, the metric value is set exactly when the pattern matches, and the only exception an event may cause is
/// <see cref="UnreadableEventException"/>. An input is one (pattern, event) evaluation.
/// </summary>
internal sealed class FuzzRun(int seed)
{
    private const int PatternsPerRound = 4;
    private const int EventsPerRound = 64;

    private readonly List<string> failures = [];

    public long Inputs { get; private set; }

    public long Unreadable { get; private set; }

    public long Matched { get; private set; }

    public IReadOnlyList<string> Failures => failures;

    public void Run(long inputs)
    {
        var random = new Random(seed);
        var grammar = new FuzzGrammar(random);
        var hostile = new FuzzEvents(random);
        while (Inputs < inputs && failures.Count < 20)
        {
            var patterns = Enumerable.Range(0, PatternsPerRound).Select(_ => Compile(grammar.Pattern())).OfType<FilterPattern>().ToList();
            var events = Enumerable.Range(0, EventsPerRound).Select(_ => hostile.Event()).Where(e => e.Length > 0).ToList();
            Round(patterns, events);
        }
    }

    private FilterPattern? Compile(string text)
    {
        ParseResult parsed;
        try
        {
            parsed = FilterPattern.Parse(text);
        }
        catch (Exception e)
        {
            Fail($"Parse threw {e.GetType().Name} on `{text}`: {e.Message}");
            return null;
        }
        if (!parsed.Success) return null;
        var again = FilterPattern.Parse(parsed.Pattern!.Canonical);
        if (!again.Success || again.Pattern != parsed.Pattern)
            Fail($"canonical `{parsed.Pattern.Canonical}` of `{text}` does not re-parse to the same pattern ({again.Error?.Message})");
        return parsed.Pattern;
    }

    private void Round(List<FilterPattern> patterns, List<byte[]> events)
    {
        if (patterns.Count == 0) return;
        var expected = new bool?[patterns.Count, events.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            for (var e = 0; e < events.Count; e++)
            {
                expected[p, e] = Single(patterns[p], events[e]);
                Inputs++;
            }
        }
        var set = new PatternSet(patterns);
        var matched = new bool[patterns.Count];
        for (var e = 0; e < events.Count; e++) CheckSet(set, patterns, events[e], e, expected, matched);
        var block = string.Join("\n", events.Select(Convert.ToBase64String));
        var ndjson = Join(events);
        for (var p = 0; p < patterns.Count; p++)
        {
            var count = EventLines.CountBlock(patterns[p], ndjson);
            var wantMatches = Enumerable.Range(0, events.Count).Count(e => expected[p, e] == true);
            var wantUnreadable = Enumerable.Range(0, events.Count).Count(e => expected[p, e] is null);
            if (count.Matches != wantMatches || count.Unreadable != wantUnreadable)
                Fail($"block count of `{patterns[p].Text}`: {count.Matches} matches, {count.Unreadable} unreadable; one by one {wantMatches}, {wantUnreadable} (events, base64: {block})");
        }
    }

    /// <summary>True/false, or null when the event is unreadable for the pattern.</summary>
    private bool? Single(FilterPattern pattern, byte[] utf8)
    {
        bool matches, plain;
        try
        {
            matches = pattern.Matches(utf8);
            plain = pattern.MatchesWithoutPrefilter(utf8);
        }
        catch (UnreadableEventException)
        {
            Unreadable++;
            return null;
        }
        catch (Exception e)
        {
            Fail($"`{pattern.Text}` threw {e.GetType().Name} ({e.Message}) on event (base64) {Convert.ToBase64String(utf8)}");
            return false;
        }
        if (matches != plain)
            Fail($"prefilter of `{pattern.Text}` rejects a matching event (base64) {Convert.ToBase64String(utf8)}");
        try
        {
            var value = pattern.MetricValue(utf8, "1");
            if ((value is not null) != matches)
                Fail($"metric value of `{pattern.Text}` is {value?.ToString() ?? "null"} though it {(matches ? "matches" : "does not match")} (base64) {Convert.ToBase64String(utf8)}");
        }
        catch (Exception e)
        {
            Fail($"MetricValue of `{pattern.Text}` threw {e.GetType().Name} on (base64) {Convert.ToBase64String(utf8)}");
        }
        if (matches) Matched++;
        return matches;
    }

    private void CheckSet(PatternSet set, List<FilterPattern> patterns, byte[] utf8, int e, bool?[,] expected, bool[] matched)
    {
        try
        {
            var count = set.Match(utf8, matched);
            for (var p = 0; p < patterns.Count; p++)
            {
                if (expected[p, e] is { } want && matched[p] != want)
                    Fail($"PatternSet says {matched[p]} for `{patterns[p].Text}`, alone it says {want}, on (base64) {Convert.ToBase64String(utf8)}");
            }
            if (count != matched.Count(m => m))
                Fail($"PatternSet returned {count} but marked {matched.Count(m => m)}");
        }
        catch (UnreadableEventException)
        {
            if (!Enumerable.Range(0, patterns.Count).Any(p => expected[p, e] is null))
                Fail($"PatternSet finds (base64) {Convert.ToBase64String(utf8)} unreadable, no single pattern does");
        }
        catch (Exception ex)
        {
            Fail($"PatternSet threw {ex.GetType().Name} ({ex.Message}) on (base64) {Convert.ToBase64String(utf8)}");
        }
    }

    private static byte[] Join(List<byte[]> events)
    {
        using var joined = new MemoryStream();
        foreach (var e in events)
        {
            joined.Write(e);
            joined.WriteByte((byte)'\n');
        }
        return joined.ToArray();
    }

    private void Fail(string message)
    {
        if (failures.Count < 20) failures.Add($"seed {seed}: {message}");
    }
}
