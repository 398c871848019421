namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Parses `$.a.b[0][*].*.['k.x']` selectors.</summary>
internal static class SelectorParser
{
    public static Selector Parse(Cursor c)
    {
        var start = c.Pos;
        if (c.Current != '$')
        {
            var len = 0;
            while (c.Pos + len < c.End && Cursor.IsNameChar(c.Text[c.Pos + len])) len++;
            throw c.Error("selector-needs-dollar", "a property selector must start with `$.`", Math.Max(len, 1), "write $." + (len > 0 ? c.Text.Substring(c.Pos, len) : "field"));
        }
        c.Pos++;
        var steps = new List<SelectorStep>();
        int wildcards = 0;
        while (!c.AtEnd)
        {
            if (c.Current == '.')
            {
                c.Pos++;
                if (c.Current == '*') { c.Pos++; steps.Add(new AnyValueStep()); wildcards++; }
                else if (c.Current == '[' && c.Peek(1) == '\'') steps.Add(BracketKey(c));
                else
                {
                    var nameStart = c.Pos;
                    while (!c.AtEnd && Cursor.IsNameChar(c.Current)) c.Pos++;
                    if (c.Pos == nameStart) throw c.Error("bad-selector", "a property name is expected after `.`", 1, "property names use letters, digits, - and _; quote others as .['name']");
                    steps.Add(new PropertyStep(c.Text[nameStart..c.Pos], Bracketed: false));
                }
            }
            else if (c.Current == '[')
            {
                if (c.Peek(1) == '\'') steps.Add(BracketKey(c));
                else if (c.Peek(1) == '*' && c.Peek(2) == ']') { c.Pos += 3; steps.Add(new AnyElementStep()); wildcards++; }
                else steps.Add(Index(c));
            }
            else break;
        }
        if (steps.Count == 0)
            throw PatternSyntaxException.At("empty-selector", "the selector `$` names no property", start, 1, "write $.field");
        if (wildcards > 1)
            throw PatternSyntaxException.At("too-many-wildcards", "a selector may contain at most one wildcard (`[*]` or `.*`)", start, c.Pos - start);
        return new Selector(steps);
    }

    private static PropertyStep BracketKey(Cursor c)
    {
        var open = c.Pos;
        var close = c.Text.IndexOf("']", open + 2, StringComparison.Ordinal);
        if (close < 0 || close + 2 > c.End)
            throw PatternSyntaxException.At("bad-selector", "the bracketed key is not closed with `']`", open, 2);
        var name = c.Text[(open + 2)..close];
        if (name.Length == 0) throw PatternSyntaxException.At("bad-selector", "the bracketed key is empty", open, 4);
        c.Pos = close + 2;
        return new PropertyStep(name, Bracketed: true);
    }

    private static IndexStep Index(Cursor c)
    {
        var open = c.Pos;
        c.Pos++;
        var digitsStart = c.Pos;
        while (!c.AtEnd && char.IsAsciiDigit(c.Current)) c.Pos++;
        if (c.Pos == digitsStart || c.Current != ']' || !int.TryParse(c.Text.AsSpan(digitsStart, c.Pos - digitsStart), out var index))
            throw PatternSyntaxException.At("bad-selector", "expected `[n]`, `[*]` or `['key']`", open, Math.Max(c.Pos - open + 1, 1));
        c.Pos++;
        return new IndexStep(index);
    }
}
