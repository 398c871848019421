using System.Globalization;
using System.Text.Json;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>The JSON shapes of scan output (cli.md), shared by the json and ndjson formats.</summary>
internal static class ScanJsonFields
{
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void WriteMatch(Utf8JsonWriter json, ScanMatch match)
    {
        json.WriteStartObject();
        json.WriteString("controlId", match.RuleId);
        WriteNullable(json, "eventID", match.EventId);
        WriteNullable(json, "eventName", match.EventName);
        WriteNullable(json, "eventTime", match.EventTime is { } t ? Time(t) : null);
        json.WriteString("source", match.Location);
        if (match.Value is { } value)
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteEndObject();
    }

    public static void WriteAlarm(Utf8JsonWriter json, string ruleId, AlarmPeriod period)
    {
        json.WriteStartObject();
        json.WriteString("controlId", ruleId);
        json.WriteString("alarm", "ALARM");
        json.WriteString("periodStart", Time(period.PeriodStart));
        json.WriteString("periodEnd", Time(period.PeriodEnd));
        if (period.Value is { } value)
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteStartArray("events");
        foreach (var e in period.Events)
        {
            json.WriteStringValue(e.EventId ?? e.Location);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteSummary(Utf8JsonWriter json, ScanSummary summary)
    {
        json.WriteStartObject();
        json.WriteNumber("events", summary.Events);
        json.WriteNumber("matched", summary.Matched);
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("skipped", summary.Skipped);
        json.WriteStartArray("errors");
        foreach (var error in summary.Errors)
        {
            json.WriteStartObject();
            json.WriteString("source", error.Source);
            json.WriteNumber("line", error.Line);
            json.WriteNumber("byteOffset", error.ByteOffset);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
