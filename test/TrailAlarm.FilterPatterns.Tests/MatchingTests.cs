using System.Text;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>Behaviours the shared vectors touch only lightly.</summary>
public sealed class MatchingTests
{
    private static bool Match(string pattern, string ev) => FilterPattern.Parse(pattern).Pattern!.Matches(ev);

    [Theory]
    [InlineData("{ $.eventName = CreateTrail }", "{\"eventName\":\"Create\\u0054rail\"}", true)]
    [InlineData("{ $.eventName = \"a/b\" }", "{\"eventName\":\"a\\/b\"}", true)]
    [InlineData("{ $.eventName = CreateTrail }", "{\"event\\u004eame\":\"CreateTrail\"}", true)]
    [InlineData("{ $.eventName = CreateTrail }", "  {\"eventName\":\"CreateTrail\"}  ", true)]
    [InlineData("{ $.eventName = CreateTrail }", "{\"eventName\":\"CreateTrail\"} {}", false)]
    [InlineData("{ $.eventName = CreateTrail }", "{\"eventName\":\"CreateTrail\",}", false)]
    [InlineData("{ $.eventName = CreateTrail }", "2024-05-01T10:00:00Z INFO {\"eventName\":\"CreateTrail\"}", false)]
    [InlineData("{ $.a NOT EXISTS }", "[1,2]", false)]
    [InlineData("{ $.a NOT EXISTS }", "{\"b\":1}", true)]
    [InlineData("{ $.a NOT EXISTS }", "{\"a\":null}", false)]
    [InlineData("{ $.a.b IS NULL }", "{\"a\":{\"b\":null}}", true)]
    [InlineData("{ $.a[1] = 2 }", "{\"a\":[1,2,3]}", true)]
    [InlineData("{ $.a[3] = 2 }", "{\"a\":[1,2,3]}", false)]
    [InlineData("{ $.a[*].id = 2 }", "{\"a\":[{\"id\":1},{\"id\":2}]}", true)]
    [InlineData("{ $.a[*].id != 1 }", "{\"a\":[{\"id\":1},{\"id\":2}]}", true)]
    [InlineData("{ $.a[*].id != 1 }", "{\"a\":[{\"id\":1}]}", false)]
    [InlineData("{ $.a[0] = 1 && $.a[*] = 3 }", "{\"a\":[1,2,3]}", true)]
    [InlineData("{ $.*.id = 7 }", "{\"x\":{\"id\":7},\"y\":{\"id\":8}}", true)]
    [InlineData("{ $.x.* = 5 }", "{\"x\":[4,5]}", true)]
    [InlineData("{ $.x[*] = 5 }", "{\"x\":{\"k\":5}}", false)]
    [InlineData("{ $.['a.b'] = 1 }", "{\"a.b\":1,\"a\":{\"b\":2}}", true)]
    [InlineData("{ $.a.b = 1 }", "{\"a.b\":1,\"a\":{\"b\":2}}", false)]
    [InlineData("{ $.n = 1000 }", "{\"n\":1e3}", true)]
    [InlineData("{ $.n > 99.5 }", "{\"n\":\"100\"}", true)]
    [InlineData("{ $.n > 99.5 }", "{\"n\":\"1e3\"}", false)]
    [InlineData("{ $.n < 0 }", "{\"n\":-1e400}", false)]
    [InlineData("{ $.flag = true }", "{\"flag\":true}", true)]
    [InlineData("{ $.flag IS TRUE }", "{\"flag\":\"true\"}", false)]
    [InlineData("{ $.s = * }", "{\"s\":\"\"}", true)]
    [InlineData("{ $.s = * }", "{\"s\":null}", false)]
    [InlineData("{ $.s = \"Ev*ent\" }", "{\"s\":\"Ev*ent\"}", true)]
    [InlineData("{ $.s = \"Ev*ent\" }", "{\"s\":\"Evxent\"}", false)]
    [InlineData("{ $.s = %^a$% }", "{\"s\":\"a\\n\"}", false)]
    [InlineData("{ $.s = %\\d% }", "{\"s\":\"\u0663\"}", false)]
    [InlineData("{ $.s = %\\w+% }", "{\"s\":\"é\"}", false)]
    [InlineData("{ $.s = %a{,2}b% }", "{\"s\":\"aab\"}", true)]
    [InlineData("{ $.s = %\\x28% }", "{\"s\":\"f(x)\"}", true)]
    [InlineData("{ $.s = %\\q% }", "{\"s\":\"q\"}", true)]
    [InlineData("{ $.s = é }", "{\"s\":\"é\"}", false)]
    public void Json_pattern_on_event(string pattern, string ev, bool expected)
    {
        var result = FilterPattern.Parse(pattern);
        if (!result.Success)
        {
            Assert.False(expected, $"pattern did not parse: {result.Error}");
            return;
        }
        Assert.Equal(expected, result.Pattern!.Matches(ev));
    }

    [Theory]
    [InlineData("ERROR", "ERRORCODE", true)]
    [InlineData("-\" \"", "anything", false)]
    [InlineData("?\" \" ?nothing", "abc", true)]
    [InlineData("\"C:\\temp\"", "path C:\\temp ok", true)]
    [InlineData("\"say \\\"hi\\\"\"", "they say \"hi\" loudly", true)]
    [InlineData("café", "un café noir", true)]
    public void Term_pattern_on_event(string pattern, string ev, bool expected) => Assert.Equal(expected, Match(pattern, ev));

    [Theory]
    [InlineData("[a, b]", "x \"unterminated quote here", true)]
    [InlineData("[a, b=\"unterminated*\"]", "x \"unterminated quote here", true)]
    [InlineData("[a, b, c]", "one two", false)]
    [InlineData("[..., last=z]", "z", true)]
    [InlineData("[first=a, ..., last=z]", "a z", true)]
    [InlineData("[first=a, ..., last=z]", "a", false)]
    [InlineData("[w1, w2=\"b c\"]", "a b c  ", true)]
    public void Delimited_pattern_on_event(string pattern, string ev, bool expected) => Assert.Equal(expected, Match(pattern, ev));

    [Theory]
    [InlineData("{ $.latency = * }", "{\"latency\":50}", "$.latency", 50.0)]
    [InlineData("{ $.latency = * }", "{\"latency\":\"12.5\"}", "$.latency", 12.5)]
    [InlineData("{ $.latency = * }", "{\"latency\":\"slow\"}", "$.latency", null)]
    [InlineData("{ $.latency = * }", "{\"other\":1}", "$.latency", null)]
    [InlineData("{ $.latency = * }", "{\"latency\":50}", "2.5", 2.5)]
    [InlineData("{ $.latency = * }", "{\"latency\":50}", "$.missing", null)]
    [InlineData("{ $.latency = * }", "{\"latency\":50}", "nonsense", null)]
    [InlineData("[ip, user, username, timestamp, request, status_code, bytes]", "127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534", "$bytes", 1534.0)]
    [InlineData("[ip, user, username, timestamp, request, status_code, bytes]", "127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534", "$6", 404.0)]
    [InlineData("[ip, user, username, timestamp, request, status_code, bytes]", "127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534", "$user", null)]
    [InlineData("[..., status_code, bytes]", "127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534", "$status_code", 404.0)]
    [InlineData("ERROR", "ERROR 42", "1", 1.0)]
    [InlineData("ERROR", "INFO 42", "1", null)]
    public void Metric_value_is_published_only_for_matching_events_with_a_numeric_value(string pattern, string ev, string metricValue, double? expected)
    {
        Assert.Equal(expected, FilterPattern.Parse(pattern).Pattern!.MetricValue(Encoding.UTF8.GetBytes(ev), metricValue));
    }

    [Fact]
    public void Kind_reflects_the_first_character()
    {
        Assert.Equal(PatternKind.MatchAll, FilterPattern.Parse("  ").Pattern!.Kind);
        Assert.Equal(PatternKind.Terms, FilterPattern.Parse("ERROR").Pattern!.Kind);
        Assert.Equal(PatternKind.Regex, FilterPattern.Parse("%a%").Pattern!.Kind);
        Assert.Equal(PatternKind.Json, FilterPattern.Parse("{ $.a = 1 }").Pattern!.Kind);
        Assert.Equal(PatternKind.Delimited, FilterPattern.Parse("[a]").Pattern!.Kind);
    }

    [Fact]
    public void Text_keeps_the_pattern_exactly_as_given()
    {
        const string text = "  {($.eventName=CreateTrail)}  ";
        var pattern = FilterPattern.Parse(text).Pattern!;
        Assert.Equal(text, pattern.Text);
        Assert.Equal("{ $.eventName = \"CreateTrail\" }", pattern.Canonical);
    }

    [Fact]
    public void Prefilter_of_the_cis_4_5_pattern_is_the_five_event_names()
    {
        var pattern = FilterPattern.Parse("{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }").Pattern!;
        Assert.Equal(["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging", "\\u"], pattern.PrefilterLiterals);
    }

    [Fact]
    public void Prefilter_has_no_literals_when_a_negation_can_match_without_one()
    {
        Assert.Empty(FilterPattern.Parse("{ $.eventName = CreateTrail || $.eventName != X }").Pattern!.PrefilterLiterals);
        Assert.Empty(FilterPattern.Parse("{ $.n = 1000 }").Pattern!.PrefilterLiterals);
        Assert.Empty(FilterPattern.Parse("-DEBUG").Pattern!.PrefilterLiterals);
    }
}
