using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation.Export;

/// <summary>What a kind needs to render its CloudFormation resource: references to topics the same template creates.</summary>
public sealed class CloudFormationContext
{
    private readonly Dictionary<string, string> createdTopics;

    internal CloudFormationContext(Plan plan)
        => createdTopics = plan.Changes.Where(c => c.Kind == ResourceKinds.Topic && c.Action == ChangeAction.Create)
            .ToDictionary(c => c.Attribute(Attr.Arn), c => ExportNames.LogicalId(c.Address));

    /// <summary>Does this template create the topic?</summary>
    public bool Creates(string topicArn) => createdTopics.ContainsKey(topicArn);

    /// <summary>A Ref to the topic when this template creates it, else its ARN.</summary>
    public JsonNode TopicRef(string arn) => createdTopics.TryGetValue(arn, out var id) ? new JsonObject { ["Ref"] = id } : JsonValue.Create(arn);

    public JsonArray Actions(IEnumerable<string> arns) => [.. arns.Select(TopicRef)];

    public static JsonObject Resource(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
