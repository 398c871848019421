using TrailAlarm.FilterPatterns.Matching;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns;

/// <summary>Several compiled patterns evaluated in one pass over each event.</summary>
public sealed class PatternSet
{
    private readonly JsonScanner? _scanner;
    private readonly LiteralCandidates _candidates;
    private readonly int[] _bitOffset;
    private readonly int _bitCount;

    public PatternSet(IReadOnlyList<FilterPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
        _bitOffset = new int[patterns.Count];
        var conditions = new List<(Condition, int)>();
        for (int i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Node is not JsonNode json) continue;
            _bitOffset[i] = _bitCount;
            conditions.AddRange(BoolEvaluator.Conditions(json.Root).Select(c => (c, _bitCount + c.Id)));
            _bitCount += json.ConditionCount;
        }
        if (conditions.Count > 0) _scanner = new JsonScanner(conditions);
        _candidates = new LiteralCandidates(patterns.Select(p => p.Node is JsonNode ? p.Prefilter : null).ToList());
    }

    public IReadOnlyList<FilterPattern> Patterns { get; }

    /// <summary>Writes, for each pattern in order, whether it matches; returns how many matched.</summary>
    public int Match(ReadOnlySpan<byte> utf8Message, Span<bool> matched)
    {
        if (matched.Length < Patterns.Count) throw new ArgumentException("the span is shorter than the pattern count", nameof(matched));
        var count = 0;
        var jsonCandidates = false;
        _candidates.Mark(utf8Message, matched);
        for (int i = 0; i < Patterns.Count; i++)
        {
            var p = Patterns[i];
            if (p.Node is JsonNode)
            {
                // Decided below, after the single shared JSON pass.
                jsonCandidates |= matched[i];
                continue;
            }
            matched[i] = p.Matches(utf8Message);
            if (matched[i]) count++;
        }
        if (!jsonCandidates) return count;
        Span<bool> bits = _bitCount <= 512 ? stackalloc bool[_bitCount] : new bool[_bitCount];
        var isObject = _scanner!.Scan(utf8Message, bits);
        for (int i = 0; i < Patterns.Count; i++)
        {
            if (Patterns[i].Node is not JsonNode json || !matched[i]) continue;
            matched[i] = isObject && BoolEvaluator.Evaluate(json.Root, bits.Slice(_bitOffset[i], json.ConditionCount));
            if (matched[i]) count++;
        }
        return count;
    }
}
