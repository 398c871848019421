namespace TrailAlarm.FilterPatterns;

/// <summary>
/// A compiled CloudWatch Logs filter pattern. Compile once with <see cref="Parse"/>, then match many events.
/// Instances are immutable and safe to share across threads.
/// </summary>
public sealed class FilterPattern
{
    private FilterPattern(string text)
    {
        Text = text;
    }

    /// <summary>The pattern exactly as given.</summary>
    public string Text { get; }

    /// <summary>The canonical spelling; <c>Parse(Canonical)</c> yields an equal pattern.</summary>
    public string Canonical => throw new NotImplementedException("filter-pattern engine not built yet");

    public PatternKind Kind => throw new NotImplementedException("filter-pattern engine not built yet");

    /// <summary>Parses and compiles a pattern. Never throws for a user mistake: the error is in the result.</summary>
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = new FilterPattern(text);
        throw new NotImplementedException("filter-pattern engine not built yet");
    }

    /// <summary>Does the pattern match one log event message (UTF-8)?</summary>
    public bool Matches(ReadOnlySpan<byte> utf8Message) => throw new NotImplementedException("filter-pattern engine not built yet");

    /// <summary>Does the pattern match one log event message?</summary>
    public bool Matches(string message) => throw new NotImplementedException("filter-pattern engine not built yet");

    /// <summary>
    /// The metric value a metric filter with this pattern would publish for the message: null when the pattern does
    /// not match or the value reference is missing or not numeric. <paramref name="metricValue"/> is a number
    /// literal ("1") or a reference ("$.field", "$name", "$3").
    /// </summary>
    public double? MetricValue(ReadOnlySpan<byte> utf8Message, string metricValue) => throw new NotImplementedException("filter-pattern engine not built yet");
}
