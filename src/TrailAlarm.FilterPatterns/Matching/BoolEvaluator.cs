using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>Evaluates a condition tree over precomputed condition bits.</summary>
internal static class BoolEvaluator
{
    public static bool Evaluate(BoolExpr expr, ReadOnlySpan<bool> bits)
    {
        switch (expr)
        {
            // Indexed loops: enumerating an IReadOnlyList through its interface would allocate per event.
            case OrExpr or:
                for (int i = 0; i < or.Items.Count; i++) if (Evaluate(or.Items[i], bits)) return true;
                return false;
            case AndExpr and:
                for (int i = 0; i < and.Items.Count; i++) if (!Evaluate(and.Items[i], bits)) return false;
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
