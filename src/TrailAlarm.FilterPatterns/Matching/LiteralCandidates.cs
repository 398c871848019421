using System.Text;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Which patterns of a set may match an event, from one search over it for the literals of all of them (instead of
/// one search per pattern): a pattern none of whose literals occurs cannot match. A pattern without literals is
/// always a candidate.
/// </summary>
internal sealed class LiteralCandidates
{
    private readonly Prefilter? _union;
    private readonly bool[] _always;
    private readonly int _withLiterals;

    /// <summary>For each first byte, the literals starting with it and the patterns that hold them.</summary>
    private readonly (byte[] Literal, int[] Patterns)[][] _byFirstByte = new (byte[], int[])[256][];

    public LiteralCandidates(IReadOnlyList<Prefilter?> prefilters)
    {
        _always = prefilters.Select(p => p is null).ToArray();
        _withLiterals = _always.Count(a => !a);
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < prefilters.Count; i++)
        {
            foreach (var literal in prefilters[i]?.Literals ?? [])
            {
                if (!owners.TryGetValue(literal, out var list)) owners[literal] = list = [];
                list.Add(i);
            }
        }
        for (int b = 0; b < 256; b++) _byFirstByte[b] = [];
        foreach (var group in owners.Select(o => (Literal: Encoding.Latin1.GetBytes(o.Key), Patterns: o.Value.ToArray())).GroupBy(o => o.Literal[0]))
            _byFirstByte[group.Key] = group.ToArray();
        if (_withLiterals > 0) _union = Prefilter.Union(prefilters.OfType<Prefilter>());
    }

    /// <summary>Sets <paramref name="candidates"/>[i] when pattern i may match <paramref name="text"/>.</summary>
    public void Mark(ReadOnlySpan<byte> text, Span<bool> candidates)
    {
        _always.CopyTo(candidates);
        var remaining = _withLiterals;
        for (int pos = 0; remaining > 0 && pos < text.Length;)
        {
            var hit = _union!.IndexOfAny(text[pos..]);
            if (hit < 0) return;
            var at = pos + hit;
            foreach (var (literal, patterns) in _byFirstByte[text[at]])
            {
                if (!text[at..].StartsWith(literal)) continue;
                foreach (var p in patterns)
                {
                    if (candidates[p]) continue;
                    candidates[p] = true;
                    remaining--;
                }
            }
            pos = at + 1;
        }
    }
}
