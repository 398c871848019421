using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrailAlarm.Controls;

/// <summary>
/// Matches an EventBridge event pattern against an event: exact values, prefix, suffix, anything-but, exists,
/// equals-ignore-case, wildcard and $or. A pattern using anything else (numeric ranges, cidr) never matches here,
/// so an unusual rule is not credited as a compensating control.
/// </summary>
internal static class EventPatternMatcher
{
    public static bool Matches(string patternJson, string eventJson)
    {
        try
        {
            using var pattern = JsonDocument.Parse(patternJson);
            using var e = JsonDocument.Parse(eventJson);
            return pattern.RootElement.ValueKind == JsonValueKind.Object && MatchObject(pattern.RootElement, e.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool MatchObject(JsonElement pattern, JsonElement node)
    {
        foreach (var field in pattern.EnumerateObject())
        {
            if (field.Name == "$or")
            {
                if (field.Value.ValueKind != JsonValueKind.Array || !field.Value.EnumerateArray().Any(alt => MatchObject(alt, node)))
                {
                    return false;
                }

                continue;
            }

            var value = default(JsonElement);
            var present = node.ValueKind == JsonValueKind.Object && node.TryGetProperty(field.Name, out value);
            if (field.Value.ValueKind == JsonValueKind.Object)
            {
                if (!present || !MatchObject(field.Value, value))
                {
                    return false;
                }
            }
            else if (field.Value.ValueKind != JsonValueKind.Array || !MatchValues(field.Value, present ? value : (JsonElement?)null))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchValues(JsonElement allowed, JsonElement? value)
    {
        var candidates = value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().ToList() : value is { } v ? [v] : [];
        foreach (var rule in allowed.EnumerateArray())
        {
            if (rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("exists", out var exists))
            {
                if (exists.ValueKind is JsonValueKind.True or JsonValueKind.False && exists.GetBoolean() == (value is not null))
                {
                    return true;
                }

                continue;
            }

            if (candidates.Any(c => MatchOne(rule, c)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchOne(JsonElement rule, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (rule.ValueKind != JsonValueKind.Object)
        {
            return rule.ValueKind == JsonValueKind.String ? value.ValueKind == JsonValueKind.String && rule.GetString() == text : rule.GetRawText() == value.GetRawText();
        }

        var op = rule.EnumerateObject().FirstOrDefault();
        return op.Name switch
        {
            "prefix" => op.Value.ValueKind == JsonValueKind.String ? text.StartsWith(op.Value.GetString()!, StringComparison.Ordinal) : MatchOne(op.Value, value),
            "suffix" => op.Value.ValueKind == JsonValueKind.String && text.EndsWith(op.Value.GetString()!, StringComparison.Ordinal),
            "equals-ignore-case" => string.Equals(op.Value.GetString(), text, StringComparison.OrdinalIgnoreCase),
            "wildcard" => Wildcard(op.Value.GetString() ?? "").IsMatch(text),
            "anything-but" => !AnythingBut(op.Value, value),
            _ => false,
        };
    }

    private static bool AnythingBut(JsonElement excluded, JsonElement value) => excluded.ValueKind switch
    {
        JsonValueKind.Array => excluded.EnumerateArray().Any(x => MatchOne(x, value)),
        _ => MatchOne(excluded, value),
    };

    private static Regex Wildcard(string pattern)
        => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
