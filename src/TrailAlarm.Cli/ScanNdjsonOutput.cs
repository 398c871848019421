using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>One JSON object per line: each match, each ALARM period, then {"summary": …}.</summary>
internal sealed class ScanNdjsonOutput(TextWriter output) : IScanOutput
{
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> buffer = new();

    public void Match(ScanMatch match) => Line(json => ScanJsonFields.WriteMatch(json, match));

    public void Alarms(string ruleId, SimulationResult result)
    {
        foreach (var period in result.AlarmPeriods)
        {
            Line(json => ScanJsonFields.WriteAlarm(json, ruleId, period));
        }
    }

    public void Dispose()
    {
    }

    public void Summary(ScanSummary summary) => Line(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("summary");
        ScanJsonFields.WriteSummary(json, summary);
        json.WriteEndObject();
    });

    private void Line(Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
