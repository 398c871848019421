using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>Does a trail's event selection log every required event (management events, writes)?</summary>
internal static class EventSelectorCheck
{
    public static (Status Status, string Detail) Judge(EventSelectors selectors, IReadOnlyList<RequiredEvent> required)
    {
        if (selectors.Basic.Count == 0 && selectors.Advanced.Count == 0)
        {
            return (Status.Pass, "no event selectors set, so AWS's default applies: all management events, reads and writes");
        }

        if (selectors.Advanced.Count > 0)
        {
            return JudgeAdvanced(selectors.Advanced, required);
        }

        var logging = selectors.Basic.Where(s => s.IncludeManagementEvents && s.ReadWriteType is "All" or "WriteOnly").ToList();
        if (logging.Count == 0)
        {
            var why = selectors.Basic.All(s => !s.IncludeManagementEvents)
                ? "no selector includes management events (data events only)"
                : "management events are logged read-only (ReadWriteType=ReadOnly), so writes such as the required calls are not";
            return (Status.Fail, why);
        }

        var note = logging.Any(s => s.ReadWriteType == "All") ? "" : " (WriteOnly: enough for these writes; CIS asks for All)";
        return (Status.Pass, $"management events with writes are logged{note}");
    }

    private static (Status, string) JudgeAdvanced(IReadOnlyList<AdvancedEventSelector> selectors, IReadOnlyList<RequiredEvent> required)
    {
        var missed = new List<string>();
        var unsure = new List<string>();
        foreach (var e in required)
        {
            var verdicts = selectors.Select(s => Selects(s, e)).ToList();
            if (verdicts.Contains(true))
            {
                continue;
            }

            if (verdicts.Contains(null))
            {
                unsure.Add(e.Name);
            }
            else
            {
                missed.Add(e.Name);
            }
        }

        if (missed.Count > 0)
        {
            return (Status.Fail, $"the advanced event selectors do not log {string.Join(", ", missed)} (management events with writes)");
        }

        return unsure.Count > 0
            ? (Status.Unknown, $"the advanced event selectors filter on fields that cannot be judged from the configuration alone, so logging of {string.Join(", ", unsure)} is not certain")
            : (Status.Pass, "advanced event selectors log management events including writes for every required event");
    }

    /// <summary>True when the selector logs the event, false when it does not, null when a field cannot be judged.</summary>
    private static bool? Selects(AdvancedEventSelector selector, RequiredEvent e)
    {
        var result = (bool?)true;
        foreach (var field in selector.FieldSelectors)
        {
            var value = field.Field switch
            {
                "eventCategory" => "Management",
                "readOnly" => "false",
                "eventSource" => e.Source,
                "eventName" => e.Name,
                _ => null,
            };
            if (value is null)
            {
                // Only negative conditions on an unknown field can still let every event through.
                if (HasPositive(field))
                {
                    result = null;
                }

                continue;
            }

            if (!Holds(field, value))
            {
                return false;
            }
        }

        return result;
    }

    private static bool HasPositive(AdvancedFieldSelector f) => f.EqualTo.Count > 0 || f.StartsWith.Count > 0 || f.EndsWith.Count > 0;

    private static bool Holds(AdvancedFieldSelector f, string value)
    {
        bool Any(IReadOnlyList<string> list, Func<string, bool> test) => list.Any(test);
        if (f.EqualTo.Count > 0 && !Any(f.EqualTo, v => v == value))
        {
            return false;
        }

        if (f.StartsWith.Count > 0 && !Any(f.StartsWith, v => value.StartsWith(v, StringComparison.Ordinal)))
        {
            return false;
        }

        if (f.EndsWith.Count > 0 && !Any(f.EndsWith, v => value.EndsWith(v, StringComparison.Ordinal)))
        {
            return false;
        }

        return !Any(f.NotEquals, v => v == value)
            && !Any(f.NotStartsWith, v => value.StartsWith(v, StringComparison.Ordinal))
            && !Any(f.NotEndsWith, v => value.EndsWith(v, StringComparison.Ordinal));
    }
}
