using System.Text;
using System.Text.Json;

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
        try
        {
            using var doc = JsonDocument.Parse(required.Json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
            var name = required.Name;
            var variants = new List<SampleEvent>();
            foreach (var other in new[] { "Describe" + name, name + "s", "Get" + name, name.ToLowerInvariant(), "List" + name, "Batch" + name })
                variants.Add(With(doc.RootElement, "eventName", other, other));
            foreach (var source in OtherSources)
                variants.Add(With(doc.RootElement, "eventSource", source, $"{name} from {source}"));
            return variants;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not an object, or holding a string that cannot be decoded: no variants.
            return [];
        }
    }

    /// <summary>
    /// The record with <paramref name="field"/> replaced. Every other property is copied as written, repeated
    /// names included (spec 6.1: the last one wins, so the copy means the same).
    /// </summary>
    private static SampleEvent With(JsonElement record, string field, string value, string label)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            foreach (var property in record.EnumerateObject())
            {
                if (!property.NameEquals(field)) property.WriteTo(writer);
            }
            writer.WriteString(field, value);
            writer.WriteEndObject();
        }
        return new SampleEvent(label, Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
