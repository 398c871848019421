namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>A compiled pattern evaluator over one UTF-8 log event message.</summary>
internal abstract class Matcher
{
    public abstract bool Matches(ReadOnlySpan<byte> utf8);
}

internal sealed class MatchAllMatcher : Matcher
{
    public override bool Matches(ReadOnlySpan<byte> utf8) => true;
}
