namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Recursive-descent parser for `{ ... }` patterns: `||` over `&&` over parenthesised groups and conditions.</summary>
internal sealed class JsonPatternParser
{
    private readonly Cursor _c;
    private int _regexCount;
    private int _wildcardSelectors;

    private JsonPatternParser(Cursor c) => _c = c;

    /// <param name="start">Index of the opening brace.</param>
    /// <param name="end">Index just past the closing brace.</param>
    public static JsonNode Parse(string text, int start, int end)
    {
        if (text[end - 1] != '}' || end - start < 2)
            throw PatternSyntaxException.At("unbalanced-brace", "If a filter pattern starts with '{' it must end with '}'", end - 1, 1, "close the pattern with }");
        var parser = new JsonPatternParser(new Cursor(text, start + 1, end - 1));
        parser._c.SkipSpaces();
        if (parser._c.AtEnd)
            throw PatternSyntaxException.At("empty-json-pattern", "the JSON pattern has no condition", start, end - start, "for example { $.eventName = \"CreateTrail\" }");
        var root = parser.ParseOr();
        parser._c.SkipSpaces();
        if (!parser._c.AtEnd)
            throw parser.Unexpected("`&&`, `||` or the closing `}`");
        return new JsonNode(root, parser._nextId);
    }

    private BoolExpr ParseOr()
    {
        var items = new List<BoolExpr> { ParseAnd() };
        while (true)
        {
            _c.SkipSpaces();
            if (!_c.TryTake("||")) return BoolExprFactory.Or(items);
            items.Add(ParseAnd());
        }
    }

    private BoolExpr ParseAnd()
    {
        var items = new List<BoolExpr> { ParsePrimary() };
        while (true)
        {
            _c.SkipSpaces();
            if (!_c.TryTake("&&")) return BoolExprFactory.And(items);
            items.Add(ParsePrimary());
        }
    }

    private BoolExpr ParsePrimary()
    {
        _c.SkipSpaces();
        if (_c.AtEnd) throw _c.Error("missing-condition", "a condition is missing", 1, "remove the dangling operator or add a condition");
        if (_c.Current == '(')
        {
            var open = _c.Pos;
            _c.Pos++;
            var inner = ParseOr();
            _c.SkipSpaces();
            if (_c.Current != ')')
                throw _c.AtEnd
                    ? PatternSyntaxException.At("unbalanced-parenthesis", "the `(` is never closed", open, 1, "add the matching )")
                    : Unexpected("`)`");
            _c.Pos++;
            return inner;
        }
        return ParseCondition();
    }

    private int _nextId;

    private Condition ParseCondition() => ParseConditionCore() with { Id = _nextId++ };

    private Condition ParseConditionCore()
    {
        var selStart = _c.Pos;
        var selector = SelectorParser.Parse(_c);
        var target = _c.Text[selStart.._c.Pos];
        if (selector.HasWildcard && ++_wildcardSelectors > 3)
            throw PatternSyntaxException.At("too-many-wildcard-selectors", "a pattern may contain at most 3 wildcard selectors", selStart, target.Length);
        _c.SkipSpaces();
        if (_c.TryTakeKeyword("IS"))
        {
            _c.SkipSpaces();
            if (_c.TryTakeKeyword("NULL")) return new Condition(target, selector, ConditionKind.IsNull, default, null);
            if (_c.TryTakeKeyword("TRUE")) return new Condition(target, selector, ConditionKind.IsTrue, default, null);
            if (_c.TryTakeKeyword("FALSE")) return new Condition(target, selector, ConditionKind.IsFalse, default, null);
            if (_c.TryTakeKeyword("NOT"))
                throw PatternSyntaxException.At("unsupported-is-not", "`IS NOT` is not supported", _c.Pos - 3, 3, "use `NOT EXISTS`, or `= *` for \"has a value\"");
            throw _c.Error("expected-is-value", "`IS` must be followed by NULL, TRUE or FALSE", 1);
        }
        if (_c.TryTakeKeyword("NOT"))
        {
            _c.SkipSpaces();
            if (_c.TryTakeKeyword("EXISTS")) return new Condition(target, selector, ConditionKind.NotExists, default, null);
            throw _c.Error("expected-exists", "`NOT` must be followed by EXISTS", 1);
        }
        if (_c.TryTakeKeyword("EXISTS"))
            throw PatternSyntaxException.At("unsupported-exists", "`EXISTS` is not supported", _c.Pos - 6, 6, "use `= *` to require a value, or `NOT EXISTS`");
        if (!ValueParser.TryOperator(_c, out var op))
            throw Unexpected("an operator (= != < <= > >=), IS or NOT EXISTS");
        var value = ValueParser.Value(_c, op, ref _regexCount, ch => ch is ')' or '&' or '|' or '}');
        return new Condition(target, selector, ConditionKind.Compare, op, value);
    }

    private PatternSyntaxException Unexpected(string expected)
        => _c.AtEnd
            ? _c.Error("unexpected-end", $"the pattern ends early; expected {expected}", 1)
            : _c.Error("unexpected-text", $"unexpected `{_c.Current}`; expected {expected}", 1);
}
