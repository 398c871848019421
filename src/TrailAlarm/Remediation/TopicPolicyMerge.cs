using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation;

/// <summary>
/// Adds (never replaces) the statement that lets CloudWatch alarms publish to the topic: every statement already in
/// the policy is kept as it is; a statement with our Sid is replaced only by itself.
/// </summary>
public static class TopicPolicyMerge
{
    public const string StatementId = "TrailAlarmCloudWatchPublish";

    public static JsonObject Statement(string topicArn, string account) => new()
    {
        ["Sid"] = StatementId,
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = "cloudwatch.amazonaws.com" },
        ["Action"] = "sns:Publish",
        ["Resource"] = topicArn,
        ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["AWS:SourceAccount"] = account } },
    };

    /// <summary>The policy with our statement merged in; an empty or missing policy becomes a new one.</summary>
    /// <exception cref="FormatException">the existing policy is not a JSON object.</exception>
    public static string Merge(string? policy, string topicArn, string account)
    {
        JsonObject root;
        if (string.IsNullOrWhiteSpace(policy))
        {
            root = new JsonObject { ["Version"] = "2012-10-17" };
        }
        else
        {
            try
            {
                root = JsonNode.Parse(policy) as JsonObject ?? throw new FormatException($"the policy of {topicArn} is not a JSON object");
            }
            catch (JsonException e)
            {
                throw new FormatException($"the policy of {topicArn} is not valid JSON: {e.Message}", e);
            }
        }

        var statements = root["Statement"] switch
        {
            JsonArray array => array,
            JsonObject single => new JsonArray(single.DeepClone()),
            _ => [],
        };
        var kept = new JsonArray();
        foreach (var s in statements)
        {
            if (s is JsonObject o && (string?)o["Sid"] == StatementId)
            {
                continue;
            }

            kept.Add(s?.DeepClone());
        }

        kept.Add((JsonNode)Statement(topicArn, account));
        root["Statement"] = kept;
        return root.ToJsonString();
    }

    /// <summary>Does the policy hold our statement?</summary>
    public static bool HasStatement(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return false;
        }

        try
        {
            return JsonNode.Parse(policy) is JsonObject root && root["Statement"] switch
            {
                JsonArray array => array.Any(s => s is JsonObject o && (string?)o["Sid"] == StatementId),
                JsonObject o => (string?)o["Sid"] == StatementId,
                _ => false,
            };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Does the policy hold our statement exactly as <see cref="Statement"/> writes it?</summary>
    public static bool HasOwnStatement(string? policy, string topicArn, string account)
        => Statements(policy).Any(s => s is JsonObject o && (string?)o["Sid"] == StatementId && JsonNode.DeepEquals(o, Statement(topicArn, account)));

    /// <summary>The policy with our statement taken out and every other statement kept as it is.</summary>
    public static string Without(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy) || JsonNode.Parse(policy) is not JsonObject root)
        {
            return policy ?? "";
        }

        root["Statement"] = new JsonArray([.. Statements(policy).Where(s => !(s is JsonObject o && (string?)o["Sid"] == StatementId)).Select(s => s?.DeepClone())]);
        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode?> Statements(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(policy) is JsonObject root ? root["Statement"] switch
            {
                JsonArray array => [.. array],
                JsonObject single => [single],
                _ => [],
            } : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

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
}
