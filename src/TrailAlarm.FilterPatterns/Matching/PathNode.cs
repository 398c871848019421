using System.Text;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// One node of the deterministic selector trie: every JSON position maps to at most one node, because wildcard
/// branches are merged into the named branches at compile time (at most 3 wildcards per pattern keeps it small).
/// </summary>
internal sealed class PathNode
{
    public (Condition Condition, int Bit)[] Conditions { get; init; } = [];
    public (byte[] Name, PathNode Child)[] Properties { get; init; } = [];
    public PathNode? OtherProperty { get; init; }
    public (int Index, PathNode Child)[] Elements { get; init; } = [];
    public PathNode? OtherElement { get; init; }

    public bool WantsObject => Properties.Length > 0 || OtherProperty is not null;
    public bool WantsArray => Elements.Length > 0 || OtherElement is not null;

    public static PathNode Build(IEnumerable<(Condition Condition, int Bit)> conditions)
    {
        var root = new TrieBuilder();
        foreach (var entry in conditions)
        {
            var node = root;
            foreach (var step in entry.Condition.Selector!.Steps) node = node.Child(step);
            node.Conditions.Add(entry);
        }
        return Determinize([root])!;
    }

    private static PathNode? Determinize(List<TrieBuilder> set)
    {
        if (set.Count == 0) return null;
        var anyValue = set.Where(n => n.AnyValue is not null).Select(n => n.AnyValue!).ToList();
        var anyElement = set.Where(n => n.AnyElement is not null).Select(n => n.AnyElement!).ToList();
        var names = set.SelectMany(n => n.Properties.Keys).Distinct(StringComparer.Ordinal).ToList();
        var indexes = set.SelectMany(n => n.Indexes.Keys).Distinct().ToList();
        return new PathNode
        {
            Conditions = set.SelectMany(n => n.Conditions).ToArray(),
            Properties = names.Select(name => (Encoding.UTF8.GetBytes(name),
                Determinize(set.Where(n => n.Properties.ContainsKey(name)).Select(n => n.Properties[name]).Concat(anyValue).ToList())!)).ToArray(),
            OtherProperty = Determinize(anyValue),
            Elements = indexes.Select(i => (i,
                Determinize(set.Where(n => n.Indexes.ContainsKey(i)).Select(n => n.Indexes[i]).Concat(anyElement).Concat(anyValue).ToList())!)).ToArray(),
            OtherElement = Determinize(anyElement.Concat(anyValue).ToList()),
        };
    }

    private sealed class TrieBuilder
    {
        public List<(Condition Condition, int Bit)> Conditions { get; } = [];
        public Dictionary<string, TrieBuilder> Properties { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, TrieBuilder> Indexes { get; } = [];
        public TrieBuilder? AnyValue { get; private set; }
        public TrieBuilder? AnyElement { get; private set; }

        public TrieBuilder Child(SelectorStep step)
        {
            switch (step)
            {
                case PropertyStep p:
                    if (!Properties.TryGetValue(p.Name, out var child)) Properties[p.Name] = child = new TrieBuilder();
                    return child;
                case IndexStep i:
                    if (!Indexes.TryGetValue(i.Index, out var element)) Indexes[i.Index] = element = new TrieBuilder();
                    return element;
                case AnyElementStep:
                    return AnyElement ??= new TrieBuilder();
                default:
                    return AnyValue ??= new TrieBuilder();
            }
        }
    }
}
