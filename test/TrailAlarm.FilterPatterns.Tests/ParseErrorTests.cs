using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("{ $.eventName = \"ConsoleLogin\"", "unbalanced-brace", 29)]
    [InlineData("{ status = \"401\" }", "selector-needs-dollar", 2)]
    [InlineData("%(Error|Warn)%", "invalid-regex-char", 1)]
    [InlineData("%something!%", "invalid-regex-char", 10)]
    [InlineData("{ $.email = john@example.com }", "invalid-value-char", 16)]
    [InlineData("{ $.userIdentity.type = 'Root' }", "single-quotes", 24)]
    [InlineData("{ $.a = 1 && }", "missing-condition", 13)]
    [InlineData("\"unterminated phrase", "unterminated-string", 0)]
    [InlineData("[ip, user", "unbalanced-bracket", 8)]
    [InlineData("{ $.latency > high }", "relational-needs-number", 14)]
    [InlineData("{ $.a == 1 }", "bad-operator", 6)]
    [InlineData("{ $ = \"x\" }", "empty-selector", 2)]
    [InlineData("[..., a, ...]", "two-ellipses", 9)]
    [InlineData("%%", "empty-regex", 0)]
    [InlineData("{ $.a IS NOT NULL }", "unsupported-is-not", 9)]
    [InlineData("{ $.a EXISTS }", "unsupported-exists", 6)]
    [InlineData("{ }", "empty-json-pattern", 0)]
    [InlineData("{ ($.a = 1 }", "unbalanced-parenthesis", 2)]
    [InlineData("[a = 1 && b = 2]", "cross-field-condition", 10)]
    [InlineData("{ $.a[*].b[*] = \"x\" }", "too-many-wildcards", 2)]
    [InlineData("%abc% tail", "text-after-regex", 5)]
    public void Invalid_pattern_reports_a_stable_code_at_the_offending_position(string pattern, string code, int start)
    {
        var result = FilterPattern.Parse(pattern);
        Assert.False(result.Success);
        Assert.Null(result.Pattern);
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(start, result.Error.Start);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    [Fact]
    public void Pattern_longer_than_1024_characters_is_rejected_and_1024_is_accepted()
    {
        Assert.True(FilterPattern.Parse(new string('a', 1024)).Success);
        var error = FilterPattern.Parse(new string('a', 1025)).Error!;
        Assert.Equal("too-long", error.Code);
        Assert.Equal(1024, error.Start);
    }

    [Fact]
    public void Unbalanced_brace_uses_the_aws_wording()
    {
        var error = FilterPattern.Parse("{ $.a = 1 } ERROR").Error!;
        Assert.Equal("If a filter pattern starts with '{' it must end with '}'", error.Message);
    }

    [Fact]
    public void Regex_error_hints_at_the_hex_escape_for_parentheses()
    {
        var error = FilterPattern.Parse("{ $.a = %f(x)% }").Error!;
        Assert.Contains("\\x28", error.Hint!, StringComparison.Ordinal);
        Assert.StartsWith("Invalid character(s) in term", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_pattern_is_a_programming_error_not_a_user_mistake()
    {
        Assert.Throws<ArgumentNullException>(() => FilterPattern.Parse(null!));
    }
}
