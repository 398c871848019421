using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrailAlarm.Remediation;

/// <summary>A kind is written as its name; a name this version does not know is a bad file, not a crash.</summary>
public sealed class ResourceKindJsonConverter : JsonConverter<ResourceKind>
{
    public override ResourceKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ResourceKinds.Find(name) ?? throw new UnknownResourceKindException(name);
    }

    public override void Write(Utf8JsonWriter writer, ResourceKind value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id);
    }
}

/// <summary>A plan or journal names a kind this version does not know.</summary>
public sealed class UnknownResourceKindException(string? name)
    : JsonException($"kind '{name}' is not one of {string.Join(", ", ResourceKinds.All.Select(k => k.Id))}")
{
    public string? KindName { get; } = name;
}
