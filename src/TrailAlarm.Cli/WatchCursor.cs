using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrailAlarm.Cli;

/// <summary>What watch has already read and notified, kept in a file so a restart neither rereads nor renotifies.</summary>
internal sealed class WatchCursor
{
    public string Schema { get; set; } = "trailalarm.watch-cursor/v1";

    /// <summary>Files read, by path: the length and write time they had then (a change means read again).</summary>
    public Dictionary<string, SeenFile> Files { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The matches still able to put a period in ALARM.</summary>
    public List<CursorMatch> Matches { get; set; } = [];

    /// <summary>For a log group: where the next poll starts reading (log event time).</summary>
    public DateTimeOffset? LogGroupFrom { get; set; }

    /// <summary>Alarm periods already notified, as "ruleId|periodStart".</summary>
    public SortedSet<string> Notified { get; set; } = new(StringComparer.Ordinal);

    public static WatchCursor Load(string path)
    {
        if (!File.Exists(path))
        {
            return new WatchCursor();
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), WatchJsonContext.Default.WatchCursor)
                ?? throw new UsageException($"cursor file {path} is empty");
        }
        catch (JsonException e)
        {
            throw new UsageException($"cursor file {path} is not a watch cursor (invalid JSON at line {e.LineNumber + 1}); move it away to start afresh");
        }
    }

    /// <summary>Writes beside the target and renames, so a crash never leaves half a cursor.</summary>
    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, WatchJsonContext.Default.WatchCursor));
        File.Move(temporary, path, overwrite: true);
    }
}

internal sealed record SeenFile(long Length, DateTimeOffset Modified);

internal sealed record CursorMatch(string RuleId, string? EventId, string? EventName, DateTimeOffset? EventTime, string Source, long Line, double? Value);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(WatchCursor))]
internal sealed partial class WatchJsonContext : JsonSerializerContext;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(WatchNotification))]
internal sealed partial class WatchNotificationJsonContext : JsonSerializerContext;
