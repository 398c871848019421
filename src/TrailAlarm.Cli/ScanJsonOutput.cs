using System.Text.Json;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>
/// One document, schema trailalarm.scan/v1: {"matches": […], "alarms": […], "summary": {…}}, written as the scan goes
/// (matches stream out; nothing is held back but the writer's buffer).
/// </summary>
internal sealed class ScanJsonOutput : IScanOutput
{
    private readonly TextWriter output;
    private readonly MemoryStream pending = new();
    private readonly Utf8JsonWriter json;
    private bool alarmsOpen;

    public ScanJsonOutput(TextWriter output)
    {
        this.output = output;
        json = new Utf8JsonWriter(pending, ScanNdjsonOutput.Options with { Indented = true });
        json.WriteStartObject();
        json.WriteString("schema", "trailalarm.scan/v1");
        json.WriteStartArray("matches");
    }

    public void Match(ScanMatch match)
    {
        ScanJsonFields.WriteMatch(json, match);
        if (json.BytesPending > 1 << 16)
        {
            Drain();
        }
    }

    public void Alarms(string ruleId, SimulationResult result)
    {
        OpenAlarms();
        foreach (var period in result.AlarmPeriods)
        {
            ScanJsonFields.WriteAlarm(json, ruleId, period);
        }
    }

    public void Summary(ScanSummary summary)
    {
        OpenAlarms();
        json.WriteEndArray();
        json.WritePropertyName("summary");
        ScanJsonFields.WriteSummary(json, summary);
        json.WriteEndObject();
        Drain();
        output.WriteLine();
    }

    public void Dispose()
    {
        json.Dispose();
        pending.Dispose();
    }

    private void OpenAlarms()
    {
        if (!alarmsOpen)
        {
            json.WriteEndArray();
            json.WriteStartArray("alarms");
            alarmsOpen = true;
        }
    }

    public void Flush() => Drain();

    private void Drain()
    {
        json.Flush();
        output.Write(System.Text.Encoding.UTF8.GetString(pending.GetBuffer(), 0, (int)pending.Length));
        pending.SetLength(0);
    }
}
