using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>A JSON pattern: one scanner pass fills the condition bits, then the boolean tree decides.</summary>
internal sealed class JsonMatcher : Matcher
{
    public JsonMatcher(JsonNode node)
    {
        Node = node;
        Scanner = new JsonScanner(BoolEvaluator.Conditions(node.Root).Select(c => (c, c.Id)).ToList());
    }

    public JsonNode Node { get; }
    public JsonScanner Scanner { get; }

    public override bool Matches(ReadOnlySpan<byte> utf8)
    {
        Span<bool> bits = Node.ConditionCount <= 256 ? stackalloc bool[Node.ConditionCount] : new bool[Node.ConditionCount];
        return Scanner.Scan(utf8, bits) && BoolEvaluator.Evaluate(Node.Root, bits);
    }
}
