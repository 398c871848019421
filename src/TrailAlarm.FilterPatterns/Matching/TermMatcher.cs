using System.Text;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Unstructured patterns: every required term must occur and no excluded term may occur; `?` terms form an OR
/// only when every term is optional, otherwise they are ignored (spec section 4, rule 6).
/// </summary>
internal sealed class TermMatcher : Matcher
{
    private readonly byte[][] _required;
    private readonly byte[][] _excluded;
    private readonly byte[][] _anyOf;
    private readonly bool _never;

    public TermMatcher(TermsNode node)
    {
        var allOptional = node.Terms.Count > 0 && node.Terms.All(t => t.Mode == TermMode.Optional);
        _required = Needles(node, TermMode.Required);
        _excluded = Needles(node, TermMode.Excluded);
        _anyOf = allOptional ? Needles(node, TermMode.Optional) : [];
        // A whitespace-only phrase (" ") is the documented match-everything term.
        if (_anyOf.Length < node.Terms.Count(t => t.Mode == TermMode.Optional && allOptional)) _anyOf = [];
        _never = node.Terms.Any(t => t.Mode == TermMode.Excluded && IsBlank(t.Text));
    }

    private static byte[][] Needles(TermsNode node, TermMode mode)
        => node.Terms.Where(t => t.Mode == mode && !IsBlank(t.Text)).Select(t => Encoding.UTF8.GetBytes(t.Text)).ToArray();

    public static bool IsBlank(string text) => text.AsSpan().Trim().IsEmpty;

    public override bool Matches(ReadOnlySpan<byte> utf8)
    {
        if (_never) return false;
        foreach (var needle in _excluded) if (utf8.IndexOf(needle) >= 0) return false;
        foreach (var needle in _required) if (utf8.IndexOf(needle) < 0) return false;
        if (_anyOf.Length == 0) return true;
        foreach (var needle in _anyOf) if (utf8.IndexOf(needle) >= 0) return true;
        return false;
    }
}
