using System.Text.Json;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Analysis;

/// <summary>Resolves a selector over a parsed document (for explanations and metric values, not the hot path).</summary>
internal static class JsonSelectorResolver
{
    public static IEnumerable<JsonElement> Resolve(JsonElement node, IReadOnlyList<SelectorStep> steps, int i = 0)
    {
        if (i == steps.Count) { yield return node; yield break; }
        IEnumerable<JsonElement> next = steps[i] switch
        {
            PropertyStep p when node.ValueKind == JsonValueKind.Object && node.TryGetProperty(p.Name, out var v) => [v],
            IndexStep x when node.ValueKind == JsonValueKind.Array && x.Index < node.GetArrayLength() => [node[x.Index]],
            AnyElementStep or AnyValueStep when node.ValueKind == JsonValueKind.Array => node.EnumerateArray().ToList(),
            AnyValueStep when node.ValueKind == JsonValueKind.Object => LastOfEachName(node),
            _ => [],
        };
        foreach (var child in next)
            foreach (var found in Resolve(child, steps, i + 1)) yield return found;
    }

    /// <summary>The values of an object, a repeated name counting once with its last value (spec 6.1).</summary>
    private static List<JsonElement> LastOfEachName(JsonElement node)
    {
        var properties = node.EnumerateObject().ToList();
        var later = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<JsonElement>(properties.Count);
        for (var i = properties.Count - 1; i >= 0; i--)
            if (later.Add(properties[i].Name)) values.Add(properties[i].Value);
        values.Reverse();
        return values;
    }
}
