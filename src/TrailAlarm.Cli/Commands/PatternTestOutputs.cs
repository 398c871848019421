using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrailAlarm.Cli.Commands;

/// <summary>What `pattern test` found for one event; <paramref name="Error"/> when the event could not be tested.</summary>
internal sealed record PatternTestLine(int Event, bool Matches, double? Value, string? Error);

/// <summary>
/// `pattern test --format json`, written event by event: <c>{"pattern", "results": [{"event", "matches",
/// "value"}, …]}</c>, and <c>"error"</c> on an event that could not be tested.
/// </summary>
internal sealed class PatternTestJsonWriter : IDisposable
{
    private readonly TextWriter output;
    private readonly MemoryStream pending = new();
    private readonly Utf8JsonWriter writer;

    public PatternTestJsonWriter(TextWriter output, string pattern)
    {
        this.output = output;
        writer = new Utf8JsonWriter(pending, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("pattern", pattern);
        writer.WriteStartArray("results");
    }

    public void Write(PatternTestLine result)
    {
        writer.WriteStartObject();
        writer.WriteNumber("event", result.Event);
        writer.WriteBoolean("matches", result.Matches);
        if (result.Value is { } value) writer.WriteNumber("value", value);
        else writer.WriteNull("value");
        if (result.Error is not null) writer.WriteString("error", result.Error);
        writer.WriteEndObject();
        if (pending.Length > 64 << 10) Flush();
    }

    public void Dispose()
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        Flush();
        output.WriteLine();
        writer.Dispose();
        pending.Dispose();
    }

    private void Flush()
    {
        writer.Flush();
        output.Write(Encoding.UTF8.GetString(pending.GetBuffer(), 0, (int)pending.Length));
        pending.SetLength(0);
    }
}

/// <summary>`pattern test` as a table, one row per event as it is tested, then the count.</summary>
internal sealed class PatternTestTable
{
    private readonly TextWriter output;

    public PatternTestTable(TextWriter output)
    {
        this.output = output;
        output.WriteLine($"{"EVENT",6}  {"MATCH",-5}  {"VALUE",-8}  MESSAGE");
    }

    public void Write(PatternTestLine r, ReadOnlySpan<byte> line)
    {
        var value = r.Value?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var text = Encoding.UTF8.GetString(line[..Math.Min(line.Length, 400)]);
        var message = TerminalText.Safe(text.Length <= 100 ? text : text[..97] + "...");
        var match = r.Error is not null ? "error" : r.Matches ? "yes" : "no";
        output.WriteLine($"{r.Event,6}  {match,-5}  {value,-8}  {message}");
    }

    public void Finish(int matched, int tested) => output.WriteLine(tested switch
    {
        0 => "No events were read (the input has no non-empty line).",
        1 => matched == 1 ? "The event matches." : "The event does not match.",
        _ => $"{matched} of {tested} events match.",
    });
}
