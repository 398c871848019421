using TrailAlarm.Catalogue;

namespace TrailAlarm.Remediation;

/// <summary>
/// Checks a plan read from disk holds only what <c>plan</c> could have written: known kinds and actions, known
/// attributes, and values in the range plan produces (<see cref="ChangeValueRules"/>). Returns the first problem.
/// </summary>
internal static class PlanFileCheck
{
    private static readonly string[] Partitions = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

    private static readonly string[] Expectations = [Precondition.Absent, Precondition.Exists, Precondition.Matches];

    public static string? FirstProblem(Plan plan)
    {
        if (plan.Account is not { Length: 12 } account || !account.All(char.IsAsciiDigit))
        {
            return $"account '{plan.Account}' is not a 12-digit AWS account id";
        }

        if (!Partitions.Contains(plan.Partition))
        {
            return $"partition '{plan.Partition}' is not an AWS partition";
        }

        if (plan.Changes is null || plan.Preconditions is null || plan.Notes is null || plan.Unplanned is null || plan.Notes.Any(n => n is null))
        {
            return "changes, preconditions, notes and unplanned must be lists";
        }

        foreach (var (change, i) in plan.Changes.Select((c, i) => (c, i)))
        {
            if (ChangeProblem(change, plan) is { } problem)
            {
                return $"change {i + 1} ({change?.Address ?? "no address"}): {problem}";
            }
        }

        foreach (var (precondition, i) in plan.Preconditions.Select((p, i) => (p, i)))
        {
            if (PreconditionProblem(precondition) is { } problem)
            {
                return $"precondition {i + 1} ({precondition?.Address ?? "no address"}): {problem}";
            }
        }

        return plan.Unplanned.Any(u => u?.Control is null || u.Reason is null || u.Remedy is null) ? "an unplanned control lacks its control, reason or remedy" : null;
    }

    private static string? ChangeProblem(Change? change, Plan plan)
    {
        if (change?.Address is null || change.Kind is null || change.Region is null || !Enum.IsDefined(change.Action) || change.Because is null)
        {
            return "lacks an action, address, kind, region or because";
        }

        if (Shape(change.Address, change.Kind, change.Region) is { } shape)
        {
            return shape;
        }

        if ((change.Action, change.Before is null, change.After is null) is not ((ChangeAction.Create, true, false) or (ChangeAction.Update, false, false)))
        {
            return $"action '{change.Action.ToString().ToLowerInvariant()}' with {(change.Before is null ? "no" : "a")} before and {(change.After is null ? "no" : "an")} after; plan writes only create (after only) and update (before and after)";
        }

        if (change.Because.Count == 0)
        {
            return "because names no control";
        }

        if (change.Because.Where(id => id is null || ControlCatalogue.Default.Find(id) is null).Select(id => id ?? "null").FirstOrDefault() is { } unknown)
        {
            return $"because names '{unknown}', which is not a control id";
        }

        return ChangeValueRules.FirstProblem(change, plan);
    }

    private static string? PreconditionProblem(Precondition? p)
    {
        if (p?.Address is null || p.Kind is null || p.Region is null || p.Expect is null || p.Attributes is null || p.Description is null)
        {
            return "lacks an address, kind, region, expect, attributes or description";
        }

        if (!Expectations.Contains(p.Expect))
        {
            return $"expect '{p.Expect}' is not one of {string.Join(", ", Expectations)}";
        }

        return Shape(p.Address, p.Kind, p.Region) ?? (p.Attributes.Values.Any(v => v is null) ? "an attribute is null" : null);
    }

    private static string? Shape(string address, ResourceKind kind, string region)
    {
        var prefix = kind.TerraformType + ".";
        if (!address.StartsWith(prefix, StringComparison.Ordinal) || address.Length == prefix.Length
            || !address[prefix.Length..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            return $"address '{address}' is not {prefix}NAME (lower-case letters, digits and _)";
        }

        return ChangeValueRules.IsRegion(region) ? null : $"region '{region}' is not an AWS region name";
    }
}
