namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// A Config recorder as PutConfigurationRecorder takes it. <see cref="RecordingMode"/> is the recorder's recording
/// mode as AWS returns it (JSON), carried only when the recorder has one, so a put keeps DAILY recording DAILY.
/// </summary>
public sealed record RecorderSpec
{
    public const string Exclusion = "EXCLUSION_BY_RESOURCE_TYPES";

    public required string Name { get; init; }

    public required string RoleArn { get; init; }

    public bool AllSupported { get; init; }

    public bool IncludeGlobalResourceTypes { get; init; }

    public IReadOnlyList<string> ResourceTypes { get; init; } = [];

    public IReadOnlyList<string> ExclusionResourceTypes { get; init; } = [];

    public string RecordingStrategy { get; init; } = "";

    public string RecordingMode { get; init; } = "";

    /// <summary>A recording mode as the recordingMode JSON PutConfigurationRecorder takes, or "" for none.</summary>
    public static string ModeText(TrailAlarm.Snapshot.RecordingMode? mode)
    {
        if (mode is null)
        {
            return "";
        }

        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("recordingFrequency", mode.RecordingFrequency);
            if (mode.Overrides.Count > 0)
            {
                json.WriteStartArray("recordingModeOverrides");
                foreach (var o in mode.Overrides)
                {
                    json.WriteStartObject();
                    if (o.Description is { } description)
                    {
                        json.WriteString("description", description);
                    }

                    json.WriteStartArray("resourceTypes");
                    foreach (var type in o.ResourceTypes)
                    {
                        json.WriteStringValue(type);
                    }

                    json.WriteEndArray();
                    json.WriteString("recordingFrequency", o.RecordingFrequency);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static RecorderSpec From(IReadOnlyDictionary<string, string> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        string A(string name) => a.TryGetValue(name, out var v) ? v : "";
        return new RecorderSpec
        {
            Name = A(Attr.Name),
            RoleArn = A(Attr.RoleArn),
            AllSupported = A(Attr.AllSupported) == "true",
            IncludeGlobalResourceTypes = A(Attr.IncludeGlobalResourceTypes) == "true",
            ResourceTypes = Attr.Split(A(Attr.ResourceTypes)),
            ExclusionResourceTypes = Attr.Split(A(Attr.ExclusionResourceTypes)),
            RecordingStrategy = A(Attr.RecordingStrategy),
            RecordingMode = A(Attr.RecordingMode),
        };
    }
}
