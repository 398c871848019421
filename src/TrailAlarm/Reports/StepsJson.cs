using System.Text.Json;
using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>A finding's evidence steps as a JSON array "steps" of {step, status, detail}, shared by the JSON formats.</summary>
internal static class StepsJson
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<Step> steps)
    {
        w.WriteStartArray("steps");
        foreach (var step in steps)
        {
            w.WriteStartObject();
            w.WriteString("step", step.Name);
            w.WriteString("status", step.Status.ToWire());
            w.WriteString("detail", step.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
