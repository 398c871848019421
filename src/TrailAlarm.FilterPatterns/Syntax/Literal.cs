using System.Text;

namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>A comparison value: a string (maybe with * wildcards at its ends), a number, or a regex.</summary>
internal abstract record Literal;

internal enum WildcardShape { Exact, Prefix, Suffix, Contains, Any }

internal sealed record StringLiteral : Literal
{
    public StringLiteral(string text, bool quoted)
    {
        Text = text;
        Quoted = quoted;
        (Shape, Core) = Classify(text);
        CoreUtf8 = Encoding.UTF8.GetBytes(Core);
    }

    public string Text { get; }
    public bool Quoted { get; }
    public WildcardShape Shape { get; }

    /// <summary>The text without its wildcard stars.</summary>
    public string Core { get; }

    public byte[] CoreUtf8 { get; }

    // Only a leading and/or trailing * is a wildcard; an interior * is literal (spec 3.2).
    private static (WildcardShape, string) Classify(string text)
    {
        if (text.Length > 0 && text.AsSpan().IndexOfAnyExcept('*') < 0) return (WildcardShape.Any, "");
        bool lead = text.StartsWith('*'), trail = text.EndsWith('*');
        return (lead, trail) switch
        {
            (true, true) => (WildcardShape.Contains, text[1..^1]),
            (true, false) => (WildcardShape.Suffix, text[1..]),
            (false, true) => (WildcardShape.Prefix, text[..^1]),
            _ => (WildcardShape.Exact, text),
        };
    }

    // Quoted and bare strings mean the same (spec 6.4), so quoting is not part of equality.
    public bool Equals(StringLiteral? other) => other is not null && other.Text == Text;
    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}

internal sealed record NumberLiteral(string Text, decimal? Decimal, double Double) : Literal;

internal sealed record RegexLiteral(string Body, System.Text.RegularExpressions.Regex Regex) : Literal
{
    public bool Equals(RegexLiteral? other) => other is not null && other.Body == Body;
    public override int GetHashCode() => Body.GetHashCode(StringComparison.Ordinal);
}
