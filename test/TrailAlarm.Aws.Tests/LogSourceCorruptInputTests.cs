using System.Text;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

public class LogSourceCorruptInputTests
{
    [Fact]
    public void Invalid_json_line_is_reported_with_its_line_and_the_other_lines_are_still_read()
    {
        var text = LogBytes.Event(1) + "\n{\"eventName\": \"StopLogging\",, }\n" + LogBytes.Event(3) + "\n";
        var sink = CollectingSink.Read(text, "bad.jsonl");
        Assert.Equal(2, sink.Records.Count);
        var error = Assert.Single(sink.Errors);
        Assert.Equal("bad.jsonl", error.Source);
        Assert.Equal(2, error.Line);
        Assert.Contains("invalid JSON", error.Message);
    }

    [Theory]
    [InlineData("[1,2,3]", "an array")]
    [InlineData("42", "a number")]
    [InlineData("\"text\"", "a string")]
    public void A_line_that_is_not_an_object_is_reported_and_skipped(string line, string found)
    {
        var sink = CollectingSink.Read(LogBytes.Event(1) + "\n" + line + "\n" + LogBytes.Event(3));
        Assert.Equal(2, sink.Records.Count);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains($"not a JSON object (found {found})", error.Message);
    }

    [Fact]
    public void A_record_in_the_records_array_that_is_not_an_object_is_reported_and_the_rest_read()
    {
        var sink = CollectingSink.Read("{\"Records\":[" + LogBytes.Event(1) + ",\n\"oops\",\n[1],\n" + LogBytes.Event(2) + "]}");
        Assert.Equal(2, sink.Records.Count);
        Assert.Equal(2, sink.Errors.Count);
        Assert.Equal([2L, 3], sink.Errors.Select(e => e.Line));
        Assert.All(sink.Errors, e => Assert.Contains("a record is not a JSON object", e.Message));
    }

    [Fact]
    public void A_wrong_top_level_is_reported()
    {
        var sink = CollectingSink.Read("[\"not\", \"records\"]");
        Assert.Empty(sink.Records);
        Assert.Equal(2, sink.Errors.Count);
    }

    [Fact]
    public void A_scalar_json_file_is_reported_as_a_wrong_top_level()
    {
        var sink = CollectingSink.Read("12345");
        Assert.Empty(sink.Records);
        Assert.Contains("not a JSON object", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void Invalid_json_inside_a_records_file_keeps_the_records_before_it_and_names_the_line()
    {
        var sink = CollectingSink.Read("{\"Records\":[\n" + LogBytes.Event(1) + ",\n" + LogBytes.Event(2) + ",\n{\"eventName\": tru}]}");
        Assert.Equal(2, sink.Records.Count);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("invalid JSON", error.Message);
    }

    [Fact]
    public void A_records_file_cut_in_the_middle_of_a_record_is_reported_as_truncated()
    {
        var full = "{\"Records\":[" + LogBytes.Event(1) + "," + LogBytes.Event(2) + "]}";
        var sink = CollectingSink.Read(full[..(full.Length - 30)]);
        Assert.Single(sink.Records);
        Assert.Single(sink.Errors);
    }

    [Fact]
    public void Truncated_gzip_is_reported_and_the_records_before_the_cut_are_read()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => LogBytes.Event(i)));
        var gzip = LogBytes.Gzip(LogBytes.Utf8(lines));
        var cut = gzip[..(gzip.Length / 2)];
        var sink = CollectingSink.Read(cut, "cut.json.gz");
        Assert.InRange(sink.Records.Count, 1, 19_999);
        Assert.NotEmpty(sink.Errors);
        Assert.Contains(sink.Errors, e => e.Message.Contains("truncated", StringComparison.Ordinal) || e.Message.Contains("corrupt", StringComparison.Ordinal));
    }

    [Fact]
    public void Gzip_with_damaged_bytes_is_reported_not_thrown()
    {
        var gzip = LogBytes.Gzip(LogBytes.Utf8(string.Join("\n", Enumerable.Range(0, 5000).Select(i => LogBytes.Event(i)))));
        for (var i = gzip.Length / 3; i < gzip.Length / 3 + 64; i++)
        {
            gzip[i] ^= 0x5a;
        }

        var sink = CollectingSink.Read(gzip);
        Assert.NotEmpty(sink.Errors);
        Assert.True(sink.Records.Count < 5000);
    }

    [Fact]
    public void A_ten_megabyte_record_is_read_whole_in_both_layouts()
    {
        var big = "{\"eventName\":\"PutObject\",\"eventID\":\"big\",\"requestParameters\":{\"blob\":\"" + new string('x', 10 << 20) + "\"}}";
        var ndjson = CollectingSink.Read(LogBytes.Event(1) + "\n" + big + "\n" + LogBytes.Event(2));
        Assert.Empty(ndjson.Errors);
        Assert.Equal(3, ndjson.Records.Count);
        Assert.Equal(big.Length, ndjson.Records[1].Json.Length);

        var wrapped = CollectingSink.Read(LogBytes.Gzip(LogBytes.Utf8("{\"Records\":[" + big + "," + LogBytes.Event(2) + "]}")));
        Assert.Empty(wrapped.Errors);
        Assert.Equal(big.Length, wrapped.Records[0].Json.Length);
        Assert.Equal(2, wrapped.Records.Count);
    }

    [Fact]
    public void Many_bad_lines_are_listed_up_to_a_limit_then_counted()
    {
        var text = string.Join("\n", Enumerable.Range(0, 80).Select(_ => "garbage line"));
        var sink = CollectingSink.Read(text);
        Assert.Equal(51, sink.Errors.Count);
        Assert.Contains("30 more errors", sink.Errors[^1].Message);
    }

    [Fact]
    public void The_awsdocs_malformed_example_is_reported_as_invalid_json()
    {
        var raw = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFolder.Corpus, "awsdocs.malformed.json")))
            .RootElement.GetProperty("blocks")[0].GetProperty("raw").GetString()!;
        var sink = CollectingSink.Read(Encoding.UTF8.GetBytes(raw));
        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.Contains("invalid JSON", error.Message);
        Assert.Equal(38, error.Line);
    }
}

public class LogSourceGzipTrailerTests
{
    [Fact]
    public void Gzip_missing_only_its_trailer_still_counts_as_truncated()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 100).Select(i => LogBytes.Event(i))) + "\n";
        var gzip = LogBytes.Gzip(LogBytes.Utf8(lines));
        var sink = CollectingSink.Read(gzip[..^8]);
        Assert.Equal(100, sink.Records.Count);
        Assert.Contains("truncated gzip", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void A_complete_gzip_has_no_errors()
    {
        var gzip = LogBytes.Gzip(LogBytes.Utf8(LogBytes.Event(1)));
        var sink = CollectingSink.Read(gzip);
        Assert.Single(sink.Records);
        Assert.Empty(sink.Errors);
    }
}

public class LogSourceGzipMemberTests
{
    private static byte[] Member(int from, int count) =>
        LogBytes.Gzip(LogBytes.Utf8(string.Join("\n", Enumerable.Range(from, count).Select(i => LogBytes.Event(i))) + "\n"));

    [Fact]
    public void Gzip_files_joined_end_to_end_are_read_whole_without_errors()
    {
        var joined = Member(0, 300).Concat(Member(300, 200)).Concat(Member(500, 50)).ToArray();
        var sink = CollectingSink.Read(joined);
        Assert.Equal(550, sink.Records.Count);
        Assert.Empty(sink.Errors);
    }

    [Fact]
    public void Joined_gzip_files_whose_last_member_is_cut_are_reported_as_truncated()
    {
        var last = Member(300, 200);
        var joined = Member(0, 300).Concat(last[..(last.Length - 20)]).ToArray();
        var sink = CollectingSink.Read(joined);
        Assert.Equal(499, sink.Records.Count);
        Assert.Contains(sink.Errors, e => e.Message.Contains("truncated gzip", StringComparison.Ordinal));
    }
}
