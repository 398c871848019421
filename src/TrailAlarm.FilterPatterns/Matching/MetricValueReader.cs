using System.Globalization;
using System.Text.Json;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>Resolves a metric filter's metricValue ("1", "$.field", "$name", "$N") for a matching event (spec 9).</summary>
internal static class MetricValueReader
{
    public static double? Read(FilterPattern pattern, ReadOnlySpan<byte> utf8, string metricValue)
    {
        if (!metricValue.StartsWith('$'))
            return double.TryParse(metricValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var constant) && double.IsFinite(constant) ? constant : null;
        if (metricValue.StartsWith("$.", StringComparison.Ordinal) || metricValue.StartsWith("$[", StringComparison.Ordinal))
            return FromJson(utf8, metricValue);
        if (pattern.Matcher is DelimitedMatcher delimited && metricValue.Length > 1)
        {
            if (!delimited.Visit(utf8, metricValue, out var range) || range.Equals(default(Range))) return null;
            return ParseNumber(utf8[range]);
        }
        return null;
    }

    private static double? FromJson(ReadOnlySpan<byte> utf8, string selectorText)
    {
        Selector selector;
        try
        {
            var cursor = new Cursor(selectorText, 0, selectorText.Length);
            selector = SelectorParser.Parse(cursor);
            if (!cursor.AtEnd) return null;
        }
        catch (PatternSyntaxException)
        {
            return null;
        }
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var doc = JsonDocument.ParseValue(ref reader);
            foreach (var node in Analysis.JsonSelectorResolver.Resolve(doc.RootElement, selector.Steps))
            {
                // Only finite values are published: 1e999 overflows a double and, like text, is no metric value.
                if (node.ValueKind == JsonValueKind.Number) return node.TryGetDouble(out var n) && double.IsFinite(n) ? n : null;
                if (node.ValueKind == JsonValueKind.String && ParseNumber(System.Text.Encoding.UTF8.GetBytes(node.GetString()!)) is { } d) return d;
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException e)
        {
            throw UnreadableEventException.At(-1, e);
        }
    }

    private static double? ParseNumber(ReadOnlySpan<byte> text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;
}
