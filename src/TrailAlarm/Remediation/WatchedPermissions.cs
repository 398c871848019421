namespace TrailAlarm.Remediation;

/// <summary>
/// The smallest policy for the calls one run made (permissions watch): each action seen, allowed on the resources
/// the published policies give it (its statement's resources and condition, written for the scope), plus
/// iam:PassRole when a call that passes a role was made. Actions no published policy lists are allowed on '*' in
/// their own statement, so that they stand out.
/// </summary>
public static class WatchedPermissions
{
    public const string UnlistedSid = "TrailAlarmNotInAnyPublishedPolicy";

    /// <summary>Calls that hand a role to a service, and the statement that allows passing it.</summary>
    private static readonly Dictionary<string, string> PassesRole = new(StringComparer.Ordinal)
    {
        ["cloudtrail:UpdateTrail"] = "TrailAlarmPassDeliveryRoleToCloudTrail",
        ["config:PutConfigurationRecorder"] = "TrailAlarmPassRecorderRoleToConfig",
    };

    public static IReadOnlyList<PermissionStatement> For(IEnumerable<string> actionsSeen, PermissionScope scope)
    {
        ArgumentNullException.ThrowIfNull(actionsSeen);
        var published = Permissions.Uses.SelectMany(use => Permissions.For(use, scope)).ToList();
        var remaining = actionsSeen.ToHashSet(StringComparer.Ordinal);
        var passing = remaining.Where(PassesRole.ContainsKey).Select(a => PassesRole[a]).ToHashSet(StringComparer.Ordinal);
        var statements = new List<PermissionStatement>();
        foreach (var statement in published)
        {
            var actions = statement.Actions.Where(a => remaining.Contains(a) || (a == "iam:PassRole" && passing.Remove(statement.Sid))).ToList();
            if (actions.Count > 0)
            {
                statements.Add(statement with { Actions = actions });
                remaining.ExceptWith(actions);
            }
        }

        if (remaining.Count > 0)
        {
            statements.Add(new PermissionStatement(UnlistedSid, Permissions.Sorted(remaining)));
        }

        return statements;
    }
}
