using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation.Export;

/// <summary>
/// What a kind needs to render its CloudFormation resource: a Ref to what the same template creates (a topic, a log
/// group), the logical ids of what must come first, and JSON helpers.
/// </summary>
public sealed class CloudFormationContext
{
    private readonly PlanReferences plan;

    internal CloudFormationContext(Plan plan) => this.plan = new PlanReferences(plan);

    /// <summary>Does this template create the topic?</summary>
    public bool Creates(string topicArn) => Created(plan.Topic(topicArn)) is not null;

    /// <summary>A Ref to the topic when this template creates it, else its ARN.</summary>
    public JsonNode TopicRef(string arn) => RefOr(Created(plan.Topic(arn)), arn);

    /// <summary>A Ref (the name) of the log group when this template creates it, else its name.</summary>
    public JsonNode LogGroupRef(string region, string name) => RefOr(Created(plan.LogGroup(region, name)), name);

    /// <summary>The filter this template creates for an alarm's metric: the alarm names the metric only as a string.</summary>
    public string? FilterOf(string region, string metricNamespace, string metricName) => Created(plan.FilterOf(region, metricNamespace, metricName));

    public string? CreatedRecorder(string region) => Created(plan.Recorder(region));

    /// <summary>The service-linked role with this ARN when this template creates it (its Ref is the name, so the
    /// recorder keeps the ARN and waits for it).</summary>
    public string? CreatedServiceLinkedRole(string arn) => Created(plan.ServiceLinkedRole(arn));

    /// <summary>The policy of the bucket with this name when this template creates the bucket.</summary>
    public string? CreatedBucketPolicy(string name) => Created(plan.ConfigBucket(name)) is { } bucket ? PolicyOf(bucket) : null;

    /// <summary>A Ref to the bucket when this template creates it, else its name.</summary>
    public JsonNode BucketRef(string name) => RefOr(Created(plan.ConfigBucket(name)), name);

    /// <summary>The logical id of a created bucket's policy.</summary>
    public static string PolicyOf(string bucketLogicalId) => bucketLogicalId + "Policy";

    public JsonArray Actions(IEnumerable<string> arns) => [.. arns.Select(TopicRef)];

    public static JsonObject Resource(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };

    /// <summary>The resource, created after the given logical ids (none when all are null).</summary>
    public static JsonObject Resource(string type, JsonObject properties, params string?[] dependsOn)
    {
        var resource = Resource(type, properties);
        if (dependsOn.OfType<string>().ToList() is { Count: > 0 } ids)
        {
            resource["DependsOn"] = Strings(ids);
        }

        return resource;
    }

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    private static string? Created(Change? change) => change is { Action: ChangeAction.Create } ? ExportNames.LogicalId(change.Address) : null;

    private static JsonNode RefOr(string? logicalId, string literal) => logicalId is null ? JsonValue.Create(literal) : new JsonObject { ["Ref"] = logicalId };
}
