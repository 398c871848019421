using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>A standalone `%regex%` pattern: an unanchored search over the whole message.</summary>
internal sealed class RegexMatcher(RegexNode node) : Matcher
{
    public override bool Matches(ReadOnlySpan<byte> utf8) => ValueComparer.RegexSearch(node.Regex, utf8);
}
