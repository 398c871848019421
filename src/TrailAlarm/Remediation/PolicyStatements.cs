using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation;

/// <summary>
/// One statement, known by its Sid, in a resource policy someone else owns (a topic policy, a key policy): it is
/// added or taken out while every other statement is kept exactly as it is.
/// </summary>
public static class PolicyStatements
{
    /// <summary>The policy with <paramref name="statement"/> in place of any with its Sid; an empty policy becomes a new one.</summary>
    /// <exception cref="FormatException">the existing policy is not a JSON object.</exception>
    public static string Merge(string? policy, JsonObject statement, string resource)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var root = Parse(policy, resource);
        var sid = (string?)statement["Sid"];
        var kept = new JsonArray([.. List(root).Where(s => !HasSid(s, sid)).Select(s => s?.DeepClone())]);
        kept.Add((JsonNode)statement.DeepClone());
        root["Statement"] = kept;
        return root.ToJsonString();
    }

    /// <summary>The policy with the statement of this Sid taken out and every other statement kept as it is.</summary>
    public static string Without(string? policy, string sid)
    {
        if (string.IsNullOrWhiteSpace(policy) || TryParse(policy) is not { } root)
        {
            return policy ?? "";
        }

        root["Statement"] = new JsonArray([.. List(root).Where(s => !HasSid(s, sid)).Select(s => s?.DeepClone())]);
        return root.ToJsonString();
    }

    /// <summary>
    /// What rollback puts back: the exact text the resource had before the apply when nothing but our statement has
    /// changed since, else the current policy without our statement (keeping what others added).
    /// </summary>
    public static string Restored(string? before, string? current, string sid)
    {
        var without = Without(current, sid);
        return before is not null && Canonical(before) == Canonical(without) ? before : without;
    }

    public static bool Has(string? policy, string sid) => TryParse(policy) is { } root && List(root).Any(s => HasSid(s, sid));

    /// <summary>Does the policy hold <paramref name="statement"/> exactly?</summary>
    public static bool HasExactly(string? policy, JsonObject statement)
        => TryParse(policy) is { } root && List(root).Any(s => s is JsonObject o && JsonNode.DeepEquals(o, statement));

    /// <summary>The policy as compact JSON, so texts that differ only in layout compare equal.</summary>
    public static string Canonical(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return "";
        }

        try
        {
            return JsonNode.Parse(policy)?.ToJsonString() ?? "";
        }
        catch (JsonException)
        {
            return policy;
        }
    }

    private static JsonObject Parse(string? policy, string resource)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return new JsonObject { ["Version"] = "2012-10-17" };
        }

        try
        {
            return JsonNode.Parse(policy) as JsonObject ?? throw new FormatException($"the policy of {resource} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the policy of {resource} is not valid JSON: {e.Message}", e);
        }
    }

    private static JsonObject? TryParse(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(policy) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonNode?> List(JsonObject root) => root["Statement"] switch
    {
        JsonArray array => [.. array],
        JsonObject single => [single],
        _ => [],
    };

    private static bool HasSid(JsonNode? statement, string? sid) => statement is JsonObject o && (string?)o["Sid"] == sid;
}
