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
            AnyValueStep when node.ValueKind == JsonValueKind.Object => node.EnumerateObject().Select(p => p.Value).ToList(),
            _ => [],
        };
        foreach (var child in next)
            foreach (var found in Resolve(child, steps, i + 1)) yield return found;
    }
}
