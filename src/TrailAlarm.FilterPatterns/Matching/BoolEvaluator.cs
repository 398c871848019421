using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>Evaluates a condition tree over precomputed condition bits.</summary>
internal static class BoolEvaluator
{
    public static bool Evaluate(BoolExpr expr, ReadOnlySpan<bool> bits)
    {
        switch (expr)
        {
            case OrExpr or:
                foreach (var item in or.Items) if (Evaluate(item, bits)) return true;
                return false;
            case AndExpr and:
                foreach (var item in and.Items) if (!Evaluate(item, bits)) return false;
                return true;
            case Condition c:
                return c.Kind == ConditionKind.NotExists ? !bits[c.Id] : bits[c.Id];
            default:
                return false;
        }
    }

    public static IEnumerable<Condition> Conditions(BoolExpr expr) => expr switch
    {
        OrExpr or => or.Items.SelectMany(Conditions),
        AndExpr and => and.Items.SelectMany(Conditions),
        Condition c => [c],
        _ => [],
    };
}
