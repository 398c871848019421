namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Parses `[a, b=..., ..., c]` space-delimited patterns.</summary>
internal static class DelimitedPatternParser
{
    public static DelimitedNode Parse(string text, int start, int end)
    {
        if (text[end - 1] != ']' || end - start < 2)
            throw PatternSyntaxException.At("unbalanced-bracket", "a pattern that starts with '[' must end with ']'", end - 1, 1, "close the pattern with ]");
        var c = new Cursor(text, start + 1, end - 1);
        var fields = new List<DelimitedField>();
        int regexCount = 0, ellipsisAt = -1;
        while (true)
        {
            c.SkipSpaces();
            var fieldStart = c.Pos;
            if (c.TryTake("..."))
            {
                if (ellipsisAt >= 0)
                    throw PatternSyntaxException.At("two-ellipses", "a pattern may contain only one `...`", fieldStart, 3);
                ellipsisAt = fieldStart;
                fields.Add(new EllipsisField());
            }
            else if (c.AtEnd || c.Current == ',') fields.Add(new NamedField(null, null));
            else fields.Add(ParseField(c, ref regexCount));
            c.SkipSpaces();
            if (c.AtEnd) return new DelimitedNode(fields);
            if (c.Current != ',')
                throw c.Error("expected-comma", $"unexpected `{c.Current}`; fields are separated by `,`", 1);
            c.Pos++;
        }
    }

    private static NamedField ParseField(Cursor c, ref int regexCount)
    {
        var name = FieldName(c);
        c.SkipSpaces();
        if (c.AtEnd || c.Current == ',') return new NamedField(name, null);
        var orItems = new List<BoolExpr>();
        while (true)
        {
            var andItems = new List<BoolExpr> { FieldCondition(c, name, ref regexCount, first: orItems.Count == 0) };
            while (true)
            {
                c.SkipSpaces();
                if (!c.TryTake("&&")) break;
                c.SkipSpaces();
                andItems.Add(FieldCondition(c, name, ref regexCount, first: false));
            }
            orItems.Add(BoolExprFactory.And(andItems));
            if (!c.TryTake("||")) break;
            c.SkipSpaces();
        }
        return new NamedField(name, BoolExprFactory.Or(orItems));
    }

    private static Condition FieldCondition(Cursor c, string name, ref int regexCount, bool first)
    {
        if (!first)
        {
            var at = c.Pos;
            var other = FieldName(c);
            if (other != name)
                throw PatternSyntaxException.At("cross-field-condition", $"`{other}` is not `{name}`: conditions joined in one field must all test that field", at, other.Length, "give each field its own slot, separated by commas");
            c.SkipSpaces();
        }
        if (!ValueParser.TryOperator(c, out var op))
            throw c.AtEnd
                ? c.Error("unexpected-end", "the pattern ends early; expected an operator", 1)
                : c.Error("expected-operator", $"unexpected `{c.Current}`; expected an operator (= != < <= > >=)", 1);
        var value = ValueParser.Value(c, op, ref regexCount, ch => ch is ',' or '&' or '|');
        return new Condition(name, null, ConditionKind.Compare, op, value);
    }

    private static string FieldName(Cursor c)
    {
        var start = c.Pos;
        while (!c.AtEnd && Cursor.IsNameChar(c.Current)) c.Pos++;
        if (c.Pos == start)
            throw c.AtEnd
                ? c.Error("unexpected-end", "the pattern ends early; expected a field name", 1)
                : c.Error("bad-field-name", $"unexpected `{c.Current}`; expected a field name (letters, digits, - and _)", 1);
        return c.Text[start..c.Pos];
    }
}
