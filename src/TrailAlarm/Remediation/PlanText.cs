using System.Text;

namespace TrailAlarm.Remediation;

/// <summary>The plan as Terraform prints one: a block per change with + ~ - markers, before -> after, and a summary.</summary>
public static class PlanText
{
    public static string Render(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        if (!plan.HasChanges && plan.Unplanned.Count > 0)
        {
            text.AppendLine($"No changes can be planned in account {plan.Account}, but selected controls fail:");
        }
        else if (!plan.HasChanges)
        {
            text.AppendLine(plan.Notes.Count == 0
                ? $"No changes. The selected controls pass in account {plan.Account}."
                : $"No changes in account {plan.Account}; read the notes below.");
        }
        else
        {
            text.AppendLine($"TrailAlarm will perform the following actions in account {plan.Account}:");
            foreach (var change in plan.Changes)
            {
                text.AppendLine();
                Block(text, change);
            }

            text.AppendLine();
            text.AppendLine($"Plan: {plan.Count(ChangeAction.Create)} to add, {plan.Count(ChangeAction.Update)} to change, {plan.Count(ChangeAction.Delete)} to destroy.");
        }

        if (plan.HasChanges && plan.Unplanned.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("These controls still fail after this plan:");
        }

        foreach (var unplanned in plan.Unplanned)
        {
            var remedy = unplanned.Remedy.Length == 0 ? "" : $" — to plan it: {unplanned.Remedy}";
            text.AppendLine($"  ! {unplanned.Control}: {unplanned.Reason}{remedy}");
        }

        foreach (var note in plan.Notes)
        {
            text.AppendLine($"Note: {note}");
        }

        return text.ToString();
    }

    private static void Block(StringBuilder text, Change change)
    {
        var verb = change.Action switch
        {
            ChangeAction.Create => "will be created",
            ChangeAction.Update => "will be updated in place",
            _ => "will be destroyed",
        };
        var symbol = change.Action.Symbol();
        var dot = change.Address.IndexOf('.', StringComparison.Ordinal);
        text.AppendLine($"  # {change.Address} {verb} ({change.Region}; for {string.Join(", ", change.Because)})");
        text.AppendLine($"  {symbol} resource \"{change.Address[..dot]}\" \"{change.Address[(dot + 1)..]}\" {{");
        var keys = (change.After?.Keys ?? []).Union(change.Before?.Keys ?? []).ToList();
        var width = keys.Count == 0 ? 0 : keys.Max(k => k.Length);
        foreach (var key in keys)
        {
            string? before = change.Before is { } b && b.TryGetValue(key, out var bv) ? bv : null;
            string? after = change.After is { } a && a.TryGetValue(key, out var av) ? av : null;
            var name = key.PadRight(width);
            if (change.Action == ChangeAction.Create)
            {
                text.AppendLine($"      + {name} = {Quote(after)}");
            }
            else if (change.Action == ChangeAction.Delete)
            {
                text.AppendLine($"      - {name} = {Quote(before)}");
            }
            else if (before == after)
            {
                text.AppendLine($"        {name} = {Quote(after)}");
            }
            else
            {
                text.AppendLine($"      ~ {name} = {Quote(before)} -> {Quote(after)}");
            }
        }

        text.AppendLine("    }");
    }

    private static string Quote(string? value) => value is null ? "(none)" : "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
