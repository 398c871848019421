namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>A boolean combination of conditions (JSON patterns, and the conditions of one delimited field).</summary>
internal abstract record BoolExpr;

internal sealed record OrExpr(IReadOnlyList<BoolExpr> Items) : BoolExpr;

internal sealed record AndExpr(IReadOnlyList<BoolExpr> Items) : BoolExpr;

internal enum ConditionKind { Compare, IsNull, IsTrue, IsFalse, NotExists }

internal enum CompareOp { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>
/// A leaf test. <see cref="Target"/> is a JSON selector, or for delimited patterns the field name
/// (then <see cref="Selector"/> is null).
/// </summary>
internal sealed record Condition(string Target, Selector? Selector, ConditionKind Kind, CompareOp Op, Literal? Value) : BoolExpr
{
    /// <summary>Assigned by the parser in source order: the index of this condition's result bit within its pattern.</summary>
    public int Id { get; init; } = -1;
}

internal static class BoolExprFactory
{
    /// <summary>Flattens nested ORs (associativity) so that parse(print(p)) is structurally equal to p.</summary>
    public static BoolExpr Or(List<BoolExpr> items)
    {
        if (items.Count == 1) return items[0];
        var flat = new List<BoolExpr>();
        foreach (var item in items)
        {
            if (item is OrExpr or) flat.AddRange(or.Items);
            else flat.Add(item);
        }
        return new OrExpr(flat);
    }

    public static BoolExpr And(List<BoolExpr> items)
    {
        if (items.Count == 1) return items[0];
        var flat = new List<BoolExpr>();
        foreach (var item in items)
        {
            if (item is AndExpr and) flat.AddRange(and.Items);
            else flat.Add(item);
        }
        return new AndExpr(flat);
    }
}
