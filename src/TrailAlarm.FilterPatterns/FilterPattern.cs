using System.Buffers;
using System.Text;
using TrailAlarm.FilterPatterns.Matching;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns;

/// <summary>
/// A compiled CloudWatch Logs filter pattern. Compile once with <see cref="Parse"/>, then match many events.
/// Instances are immutable and safe to share across threads.
/// </summary>
public sealed class FilterPattern : IEquatable<FilterPattern>
{
    private readonly Prefilter? _prefilter;
    private readonly string _structure;

    private FilterPattern(string text, PatternNode node)
    {
        Text = text;
        Node = node;
        Canonical = CanonicalPrinter.Print(node);
        _structure = AstDump.Dump(node);
        Kind = node switch
        {
            MatchAllNode => PatternKind.MatchAll,
            TermsNode => PatternKind.Terms,
            RegexNode => PatternKind.Regex,
            JsonNode => PatternKind.Json,
            _ => PatternKind.Delimited,
        };
        Matcher = node switch
        {
            TermsNode t => new TermMatcher(t),
            RegexNode r => new RegexMatcher(r),
            JsonNode j => new JsonMatcher(j),
            DelimitedNode d => new DelimitedMatcher(d),
            _ => new MatchAllMatcher(),
        };
        _prefilter = Prefilter.Create(Matching.PrefilterLiterals.For(node), json: node is JsonNode);
    }

    /// <summary>The pattern exactly as given.</summary>
    public string Text { get; }

    /// <summary>The canonical spelling; <c>Parse(Canonical)</c> yields an equal pattern.</summary>
    public string Canonical { get; }

    public PatternKind Kind { get; }

    internal PatternNode Node { get; }
    internal Matcher Matcher { get; }

    /// <summary>The literals of which every matching event contains at least one (empty when none are known).</summary>
    public IReadOnlyList<string> PrefilterLiterals => _prefilter?.Literals ?? [];

    /// <summary>Parses and compiles a pattern. Never throws for a user mistake: the error is in the result.</summary>
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return new ParseResult(new FilterPattern(text, PatternParser.Parse(text)), null);
        }
        catch (PatternSyntaxException e)
        {
            return new ParseResult(null, e.Error);
        }
    }

    /// <summary>Does the pattern match one log event message (UTF-8)?</summary>
    public bool Matches(ReadOnlySpan<byte> utf8Message)
        => (_prefilter is null || _prefilter.MayMatch(utf8Message)) && Matcher.Matches(utf8Message);

    /// <summary>Does the pattern match one log event message?</summary>
    public bool Matches(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var max = Encoding.UTF8.GetMaxByteCount(message.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 1024 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(message, buffer);
            return Matches(buffer[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Where in <paramref name="text"/> (many events, one per line) the first event that could match lies: the index
    /// of the first occurrence of a prefilter literal, 0 when the pattern has no prefilter (any event could match),
    /// or -1 when no event in the text can match. Events that end before the returned index cannot match, which
    /// lets a scanner skip whole blocks of non-matching events without splitting them into lines.
    /// </summary>
    public int IndexOfPossibleMatch(ReadOnlySpan<byte> text) => _prefilter is null ? 0 : _prefilter.IndexOfAny(text);

    /// <summary>Does the pattern match, skipping the literal prefilter (for tests of the prefilter's soundness).</summary>
    internal bool MatchesWithoutPrefilter(ReadOnlySpan<byte> utf8Message) => Matcher.Matches(utf8Message);

    internal Prefilter? Prefilter => _prefilter;

    /// <summary>Would the literal prefilter let this event through?</summary>
    internal bool PassesPrefilter(ReadOnlySpan<byte> utf8Message) => _prefilter is null || _prefilter.MayMatch(utf8Message);

    /// <summary>
    /// The metric value a metric filter with this pattern would publish for the message: null when the pattern does
    /// not match or the value reference is missing or not numeric. <paramref name="metricValue"/> is a number
    /// literal ("1") or a reference ("$.field", "$name", "$3").
    /// </summary>
    public double? MetricValue(ReadOnlySpan<byte> utf8Message, string metricValue)
    {
        ArgumentNullException.ThrowIfNull(metricValue);
        if (!Matches(utf8Message)) return null;
        return MetricValueReader.Read(this, utf8Message, metricValue.Trim());
    }

    /// <summary>A readable tree of what the pattern tests (for `pattern explain`).</summary>
    public PatternOutline Outline() => PatternOutliner.Outline(Node);

    public override string ToString() => Text;

    /// <summary>
    /// Structural equality: the same parsed pattern, however it was spelled (spacing, redundant parentheses,
    /// quoted or bare values). <c>Parse(p.Canonical).Pattern == p</c> holds for every pattern.
    /// </summary>
    public bool Equals(FilterPattern? other) => other is not null && string.Equals(_structure, other._structure, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FilterPattern other && Equals(other);

    public override int GetHashCode() => _structure.GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(FilterPattern? left, FilterPattern? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(FilterPattern? left, FilterPattern? right) => !(left == right);
}
