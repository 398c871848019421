using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>Does any advanced event selector log a required event? Every field condition is tested against the record's own value.</summary>
internal static class AdvancedSelectorCheck
{
    public static (bool? Logged, string Why) Logs(IReadOnlyList<AdvancedEventSelector> selectors, RequiredEvent e)
    {
        var verdicts = selectors.Select(s => Selects(s, e)).ToList();
        if (verdicts.Any(v => v.Logged == true))
        {
            return (true, "");
        }

        var unsure = verdicts.FirstOrDefault(v => v.Logged is null);
        if (unsure.Why is not null)
        {
            return (null, unsure.Why);
        }

        return (false, string.Join("; ", verdicts.Select(v => v.Why).Distinct(StringComparer.Ordinal)));
    }

    private static (bool? Logged, string Why) Selects(AdvancedEventSelector selector, RequiredEvent e)
    {
        var label = selector.Name is { Length: > 0 } n ? $"selector '{n}'" : "a selector";
        foreach (var field in selector.FieldSelectors)
        {
            var values = Value(field.Field, e, out var known);
            if (!known)
            {
                return (null, $"{label} filters on {field.Field}, which the record does not carry");
            }

            if (!Holds(field, values))
            {
                return (false, $"{label} needs {field.Field} {Describe(field)}, the record has {(values is null ? "none" : string.Join("/", values))}");
            }
        }

        return (true, "");
    }

    /// <summary>The record's values for a selector field; readOnly must be stated in the record to be judged.</summary>
    private static IReadOnlyList<string>? Value(string field, RequiredEvent e, out bool known)
    {
        known = true;
        switch (field)
        {
            case "eventCategory":
                return [e.Category];
            case "readOnly":
                known = e.ReadOnly is not null;
                return e.ReadOnly is { } r ? [r ? "true" : "false"] : null;
            default:
                return e.Field(field);
        }
    }

    private static bool Holds(AdvancedFieldSelector f, IReadOnlyList<string>? values)
    {
        bool AnyValue(Func<string, bool> test) => values is not null && values.Any(test);
        if (f.EqualTo.Count > 0 && !AnyValue(v => f.EqualTo.Contains(v, StringComparer.Ordinal)))
        {
            return false;
        }

        if (f.StartsWith.Count > 0 && !AnyValue(v => f.StartsWith.Any(p => v.StartsWith(p, StringComparison.Ordinal))))
        {
            return false;
        }

        if (f.EndsWith.Count > 0 && !AnyValue(v => f.EndsWith.Any(p => v.EndsWith(p, StringComparison.Ordinal))))
        {
            return false;
        }

        return !AnyValue(v => f.NotEquals.Contains(v, StringComparer.Ordinal))
            && !AnyValue(v => f.NotStartsWith.Any(p => v.StartsWith(p, StringComparison.Ordinal)))
            && !AnyValue(v => f.NotEndsWith.Any(p => v.EndsWith(p, StringComparison.Ordinal)));
    }

    private static string Describe(AdvancedFieldSelector f)
    {
        var parts = new List<string>();
        void Add(string op, IReadOnlyList<string> list)
        {
            if (list.Count > 0)
            {
                parts.Add($"{op} {string.Join("|", list)}");
            }
        }

        Add("=", f.EqualTo);
        Add("starts with", f.StartsWith);
        Add("ends with", f.EndsWith);
        Add("!=", f.NotEquals);
        Add("not starting with", f.NotStartsWith);
        Add("not ending with", f.NotEndsWith);
        return string.Join(", ", parts);
    }
}
