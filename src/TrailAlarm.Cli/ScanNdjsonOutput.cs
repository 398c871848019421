using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>
/// One JSON object per line: each match, each ALARM period, then {"summary": …}. Lines are written out in chunks
/// (when 64 KB are pending, after each log object and at the end), not one write per line.
/// </summary>
internal sealed class ScanNdjsonOutput : IScanOutput
{
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int ChunkBytes = 1 << 16;
    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> pending = new(ChunkBytes * 2);
    private readonly Utf8JsonWriter json;

    public ScanNdjsonOutput(TextWriter output)
    {
        this.output = output;
        json = new Utf8JsonWriter(pending, Options);
    }

    public void Match(ScanMatch match) => Line(() => ScanJsonFields.WriteMatch(json, match));

    public void Alarms(string ruleId, SimulationResult result)
    {
        foreach (var period in result.AlarmPeriods)
        {
            Line(() => ScanJsonFields.WriteAlarm(json, ruleId, period));
        }
    }

    public void Summary(ScanSummary summary)
    {
        Line(() =>
        {
            json.WriteStartObject();
            json.WritePropertyName("summary");
            ScanJsonFields.WriteSummary(json, summary);
            json.WriteEndObject();
        });
        Flush();
    }

    public void Flush()
    {
        if (pending.WrittenCount > 0)
        {
            output.Write(Encoding.UTF8.GetString(pending.WrittenSpan));
            pending.ResetWrittenCount();
        }

        output.Flush();
    }

    public void Dispose() => json.Dispose();

    private void Line(Action write)
    {
        write();
        json.Flush();
        json.Reset();
        pending.Write("\n"u8);
        if (pending.WrittenCount >= ChunkBytes)
        {
            Flush();
        }
    }
}
