using System.Text.Json.Nodes;

namespace TrailAlarm.FilterPatterns.Analysis;

/// <summary>
/// Near misses built from a required event: the same record with another eventName or eventSource. A pattern that
/// fires on such a variant while the reference does not is wider than the reference.
/// </summary>
internal static class EventVariants
{
    private static readonly string[] OtherSources = ["ec2.amazonaws.com", "s3.amazonaws.com", "cloudtrail-data.amazonaws.com", "configservice.example.com"];

    public static IEnumerable<SampleEvent> Of(SampleEvent required)
    {
        JsonObject? record;
        try
        {
            record = JsonNode.Parse(required.Json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            yield break;
        }
        if (record is null) yield break;
        var name = required.Name;
        foreach (var other in new[] { "Describe" + name, name + "s", "Get" + name, name.ToLowerInvariant(), "List" + name, "Batch" + name })
            yield return With(record, "eventName", other, other);
        foreach (var source in OtherSources)
            yield return With(record, "eventSource", source, $"{name} from {source}");
    }

    private static SampleEvent With(JsonObject record, string field, string value, string label)
    {
        var copy = (JsonObject)record.DeepClone();
        copy[field] = value;
        return new SampleEvent(label, copy.ToJsonString());
    }
}
