using System.Text;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>
/// Every place the engine decodes a string of an event (found by fuzzing: System.Text.Json throws
/// InvalidOperationException on invalid UTF-8 and lone surrogate escapes), and spec 6.1's last-key-wins.
/// </summary>
public class UnreadableEventTests
{
    private static FilterPattern P(string text) => FilterPattern.Parse(text).Pattern!;

    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void A_lone_surrogate_in_a_referenced_escaped_value_is_an_unreadable_event_with_its_offset()
    {
        var e = Assert.Throws<UnreadableEventException>(() => P("{ $.eventName = \"StopLogging\" }").Matches(B("{\"eventName\":\"\\ud800\"}")));
        Assert.Equal(13, e.ByteOffset);
        Assert.Contains("byte 13", e.Message);
    }

    [Fact]
    public void Invalid_utf8_in_a_referenced_escaped_value_is_an_unreadable_event()
    {
        byte[] utf8 = [.. "{\"eventName\":\"a\\n"u8, 0xFF, .. "\"}"u8];
        Assert.Throws<UnreadableEventException>(() => P("{ $.eventName = \"a\" }").Matches(utf8));
    }

    [Fact]
    public void Invalid_utf8_in_a_plain_referenced_value_is_compared_as_bytes()
    {
        byte[] utf8 = [.. "{\"eventName\":\"Stop"u8, 0xFF, .. "\"}"u8];
        Assert.False(P("{ $.eventName = \"StopLogging\" }").Matches(utf8));
        Assert.True(P("{ $.eventName = \"Stop*\" }").Matches(utf8));
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_equals_no_referenced_name_and_the_rest_is_matched()
    {
        Assert.True(P("{ $.eventName = \"StopLogging\" }").Matches(B("{\"\\ud800\":1,\"eventName\":\"StopLogging\"}")));
    }

    [Fact]
    public void A_lone_surrogate_name_under_a_wildcard_does_not_throw()
    {
        Assert.True(P("{ $.* = 1 }").Matches(B("{\"\\ud800\":1,\"a\":2}")));
    }

    [Fact]
    public void An_unreferenced_lone_surrogate_does_not_make_the_event_unreadable()
    {
        Assert.True(P("{ $.eventName = \"StopLogging\" }").Matches(B("{\"other\":\"\\ud800\",\"eventName\":\"StopLogging\"}")));
    }

    [Fact]
    public void A_pattern_set_reports_the_unreadable_event_too()
    {
        var set = new PatternSet([P("{ $.eventName = \"StopLogging\" }"), P("{ $.eventSource = \"x\" }")]);
        Assert.Throws<UnreadableEventException>(() => set.Match(B("{\"eventName\":\"\\udc00StopLogging\"}"), new bool[2]));
    }

    [Fact]
    public void A_metric_value_read_from_an_undecodable_string_is_an_unreadable_event()
    {
        Assert.Throws<UnreadableEventException>(() => P("{ $.a = 1 }").MetricValue(B("{\"a\":1,\"v\":\"\\ud800\"}"), "$.v"));
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("-1e999")]
    [InlineData("\"1e999\"")]
    public void A_number_out_of_double_range_is_no_metric_value(string value)
    {
        Assert.Null(P("{ $.a = 1 }").MetricValue(B($"{{\"a\":1,\"v\":{value}}}"), "$.v"));
    }

    [Fact]
    public void Duplicate_names_the_last_one_wins()
    {
        var e = B("{\"a\":1,\"a\":2}");
        Assert.False(P("{ $.a = 1 }").Matches(e));
        Assert.False(P("{ $.a != 2 }").Matches(e));
        Assert.True(P("{ $.a = 2 }").Matches(e));
        Assert.False(P("{ $.* = 1 }").Matches(e));
        Assert.True(P("{ $.b.c = \"y\" }").Matches(B("{\"b\":{\"c\":\"x\"},\"b\":{\"c\":\"y\"}}")));
        Assert.False(P("{ $.b.c = \"x\" }").Matches(B("{\"b\":{\"c\":\"x\"},\"b\":{\"c\":\"y\"}}")));
        Assert.Equal(2, P("{ $.a > 0 }").MetricValue(e, "$.a"));
        var matched = new bool[2];
        new PatternSet([P("{ $.a = 1 }"), P("{ $.a = 2 }")]).Match(e, matched);
        Assert.Equal([false, true], matched);
    }

    [Fact]
    public void Coverage_and_explanations_do_not_throw_on_duplicate_names_or_lone_surrogates()
    {
        var reference = P("{ $.eventName = \"StopLogging\" }");
        var required = new[] { new SampleEvent("StopLogging", "{\"eventName\":\"x\",\"eventName\":\"StopLogging\",\"eventSource\":\"cloudtrail.amazonaws.com\"}") };
        var report = Coverage.Analyse(reference, required, reference, [new SampleEvent("odd", "{\"\\ud800\":1,\"eventName\":\"\\ud800\"}")]);
        Assert.True(report.Covers);
        var missed = Coverage.Analyse(P("{ $.eventName = \"Other\" }"), [new SampleEvent("StopLogging", "{\"\\ud800\":1,\"eventName\":\"StopLogging\"}")], reference, []);
        Assert.False(missed.Covers);
    }

    [Theory]
    [InlineData("{ $.a = %\\D{1000,}% }", 11)]
    [InlineData("%a{0,999}%", 2)]
    [InlineData("%a{0,99}b{0,99}c{0,99}%", 16)]
    public void A_regex_whose_counted_repetitions_cost_too_much_is_refused_at_its_position(string text, int column)
    {
        var result = FilterPattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal("regex-too-costly", result.Error!.Code);
        Assert.Equal(column, result.Error.Start);
    }

    [Theory]
    [InlineData("%\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}%")]
    [InlineData("%[a-z]{20,}%")]
    [InlineData("%a{,2}b%")]
    public void Ordinary_counted_repetitions_are_accepted(string text) => Assert.True(FilterPattern.Parse(text).Success);
}
