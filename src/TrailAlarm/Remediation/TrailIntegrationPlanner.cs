using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// --integrate-trail: a multi-region, logging trail with no CloudWatch Logs link gets a new log group in its home
/// region, an IAM role CloudTrail can assume to write there, and UpdateTrail pointing it at both.
/// </summary>
internal static class TrailIntegrationPlanner
{
    public const string AssumeRolePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    public const string RolePolicyName = "cloudtrail-to-cloudwatch-logs";

    /// <summary>The delivery role is this followed by the trail's name; the permissions policy names roles by it.</summary>
    public const string RoleNamePrefix = "TrailAlarmCloudTrailLogs-";

    /// <summary>The new log group is this followed by the trail's name.</summary>
    public const string LogGroupPrefix = "trailalarm/cloudtrail/";

    /// <summary>The delivery role's inline policy: write log streams and events to the one log group, nothing else.</summary>
    public static string RolePolicy(string logGroupArn)
        => $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"{{logGroupArn}}"}]}""";

    public static Trail? Candidate(AccountSnapshot snapshot, IReadOnlyList<RequiredEvent> required)
        => snapshot.Trails.DistinctBy(t => t.Arn).FirstOrDefault(t =>
            t.IsMultiRegion && t.LogGroupArn is null && t.Status is { IsLogging: true } && !t.IsOrganizationTrail
            && t.OwnerAccount == snapshot.Account && t.Selectors is { } s && EventSelectorCheck.Judge(s, required).Status == Status.Pass);

    public static (string Region, string LogGroup) Plan(Trail trail, AccountSnapshot snapshot, PlanBuilder plan, string controlId)
    {
        var region = trail.HomeRegion;
        var logGroup = LogGroupPrefix + trail.Name;
        var logGroupArn = $"arn:{snapshot.Partition}:logs:{region}:{snapshot.Account}:log-group:{logGroup}:*";
        var roleName = RoleName(trail.Name);
        var roleArn = $"arn:{snapshot.Partition}:iam::{snapshot.Account}:role/{roleName}";
        plan.Add(new Change
        {
            Action = ChangeAction.Create, Address = ResourceKinds.Address(ResourceKinds.LogGroup, logGroup), Kind = ResourceKinds.LogGroup, Region = region,
            After = new Dictionary<string, string> { [Attr.Region] = region, [Attr.LogGroupName] = logGroup },
            Because = [controlId],
        });
        plan.Add(new Change
        {
            Action = ChangeAction.Create, Address = ResourceKinds.Address(ResourceKinds.DeliveryRole, roleName), Kind = ResourceKinds.DeliveryRole, Region = region,
            After = new Dictionary<string, string>
            {
                [Attr.RoleName] = roleName,
                [Attr.Arn] = roleArn,
                [Attr.AssumeRolePolicy] = AssumeRolePolicy,
                [Attr.RolePolicyName] = RolePolicyName,
                [Attr.RolePolicy] = RolePolicy(logGroupArn),
            },
            Because = [controlId],
        });
        plan.Add(new Change
        {
            Action = ChangeAction.Update, Address = ResourceKinds.Address(ResourceKinds.TrailLogs, trail.Name), Kind = ResourceKinds.TrailLogs, Region = region,
            Before = new Dictionary<string, string> { [Attr.Region] = region, [Attr.TrailName] = trail.Name, [Attr.LogGroupArn] = "", [Attr.LogsRoleArn] = trail.LogsRoleArn ?? "" },
            After = new Dictionary<string, string> { [Attr.Region] = region, [Attr.TrailName] = trail.Name, [Attr.LogGroupArn] = logGroupArn, [Attr.LogsRoleArn] = roleArn },
            Because = [controlId],
        });
        return (region, logGroup);
    }

    private static string RoleName(string trailName)
    {
        var name = RoleNamePrefix + new string(trailName.Where(c => char.IsAsciiLetterOrDigit(c) || "+=,.@_-".Contains(c)).ToArray());
        return name.Length <= 64 ? name : name[..64];
    }
}
