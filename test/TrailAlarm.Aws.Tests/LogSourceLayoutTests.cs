using System.Text;
using System.Text.Json;

namespace TrailAlarm.Aws.Tests;

public class LogSourceLayoutTests
{
    [Fact]
    public void Ndjson_gives_one_record_per_line_with_its_line_number_and_skips_blank_lines()
    {
        var text = LogBytes.Event(1) + "\n\n" + LogBytes.Event(2) + "\r\n" + LogBytes.Event(3);
        var sink = CollectingSink.Read(text);
        Assert.Empty(sink.Errors);
        Assert.Equal([1L, 3, 4], sink.Records.Select(r => r.Position.Line));
        Assert.Equal([1L, 2, 3], sink.Records.Select(r => r.Position.Ordinal));
        Assert.Equal(LogBytes.Event(2), sink.Records[1].Json);
    }

    [Fact]
    public void Cloudtrail_records_wrapper_gives_each_record_and_ignores_other_properties()
    {
        var text = "{\"Records\":[" + LogBytes.Event(1) + ",\n" + LogBytes.Event(2) + "],\"Other\":{\"x\":[1,2]}}";
        var sink = CollectingSink.Read(text);
        Assert.Empty(sink.Errors);
        Assert.Equal([LogBytes.Event(1), LogBytes.Event(2)], sink.Records.Select(r => r.Json));
        Assert.Equal([1L, 2], sink.Records.Select(r => r.Position.Line));
    }

    [Fact]
    public void Gzip_is_detected_by_its_magic_bytes_whatever_the_name()
    {
        var plain = LogBytes.Utf8("{\"Records\":[" + LogBytes.Event(1) + "," + LogBytes.Event(2) + "]}");
        var sink = CollectingSink.Read(LogBytes.Gzip(plain), "no-extension");
        Assert.Empty(sink.Errors);
        Assert.Equal(2, sink.Records.Count);
    }

    [Fact]
    public void Pretty_printed_objects_one_after_another_are_records()
    {
        var pretty = string.Join("\n", new[] { 1, 2 }.Select(i => JsonSerializer.Serialize(JsonDocument.Parse(LogBytes.Event(i)).RootElement, new JsonSerializerOptions { WriteIndented = true })));
        var sink = CollectingSink.Read(pretty);
        Assert.Empty(sink.Errors);
        Assert.Equal(2, sink.Records.Count);
        Assert.Equal("id-2", JsonDocument.Parse(sink.Records[1].Json).RootElement.GetProperty("eventID").GetString());
        Assert.True(sink.Records[1].Position.Line > 5);
    }

    [Fact]
    public void A_top_level_array_of_records_is_read()
    {
        var sink = CollectingSink.Read("[" + LogBytes.Event(1) + "," + LogBytes.Event(2) + "]");
        Assert.Empty(sink.Errors);
        Assert.Equal(2, sink.Records.Count);
    }

    [Fact]
    public void Records_survive_every_buffer_refill_boundary()
    {
        // Several megabytes so the 1 MB buffer refills mid-record many times.
        var count = 30_000;
        var builder = new StringBuilder("{\"Records\":[");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(LogBytes.Event(i));
        }

        var sink = CollectingSink.Read(LogBytes.Gzip(LogBytes.Utf8(builder.Append("]}").ToString())));
        Assert.Empty(sink.Errors);
        Assert.Equal(count, sink.Records.Count);
        Assert.All(sink.Records.Select((r, i) => (r, i)), p => Assert.Equal(LogBytes.Event(p.i), p.r.Json));
    }

    [Fact]
    public void An_empty_file_has_no_records_and_no_errors()
    {
        var sink = CollectingSink.Read("");
        Assert.Empty(sink.Records);
        Assert.Empty(sink.Errors);
    }
}
