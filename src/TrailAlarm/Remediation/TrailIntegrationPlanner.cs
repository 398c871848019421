using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// --integrate-trail: a multi-region, logging trail with no CloudWatch Logs link gets a new log group in its home
/// region, an IAM role CloudTrail can assume to write there, and UpdateTrail pointing it at both.
/// </summary>
internal static class TrailIntegrationPlanner
{
    public const string RolePolicyName = "cloudtrail-to-cloudwatch-logs";

    /// <summary>The delivery role is this followed by the trail's name; the permissions policy names roles by it.</summary>
    public const string RoleNamePrefix = "TrailAlarmCloudTrailLogs-";

    /// <summary>The new log group is this followed by the trail's name.</summary>
    public const string LogGroupPrefix = "trailalarm/cloudtrail/";

    /// <summary>
    /// CloudTrail's service principal may assume the role. No aws:SourceArn / aws:SourceAccount condition: the
    /// CloudTrail user guide ("Role policy document for CloudTrail to use CloudWatch Logs for monitoring") says
    /// confused deputy prevention does not apply to this role and its policy does not support those keys, so a
    /// condition on them could stop delivery.
    /// </summary>
    public const string AssumeRolePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    /// <summary>
    /// The delivery role's inline policy: create and write log streams in the one log group, nothing else. Any stream
    /// of it: CloudTrail names them ACCOUNT_CloudTrail_REGION, and an organization trail prefixes the organization id.
    /// </summary>
    public static string RolePolicy(string logGroupArn, string account)
        => $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"{{StreamArns(logGroupArn, account)}}"}]}""";

    private static string StreamArns(string logGroupArn, string account)
        => $"{(logGroupArn.EndsWith(":*", StringComparison.Ordinal) ? logGroupArn[..^2] : logGroupArn)}:log-stream:*";

    public static Trail? Candidate(AccountSnapshot snapshot, IReadOnlyList<RequiredEvent> required)
        => snapshot.Trails.DistinctBy(t => t.Arn).FirstOrDefault(t =>
            t.IsMultiRegion && t.LogGroupArn is null && t.Status is { IsLogging: true } && !t.IsOrganizationTrail
            && t.OwnerAccount == snapshot.Account && t.Selectors is { } s && EventSelectorCheck.Judge(s, required).Status == Status.Pass);

    /// <summary>The log group, role and link for the trail, or null (the control listed unplanned) when the key cannot be used.</summary>
    public static (string Region, string LogGroup)? Plan(Trail trail, AccountSnapshot snapshot, FixSettings settings, PlanBuilder plan, string controlId)
    {
        var region = trail.HomeRegion;
        var key = settings.LogKmsKey ?? "";
        if (key.Length > 0)
        {
            if (LogGroupKeyCheck.Problem(key, region, snapshot) is { } problem)
            {
                plan.Unplanned(controlId, $"--integrate-trail cannot create the log group: {problem}", "--log-kms-key with a key of that region whose policy allows CloudWatch Logs, or no --log-kms-key");
                return null;
            }

            if (snapshot.KmsKeys.FirstOrDefault(k => k.Arn == key || k.KeyId == key)?.Policy is null)
            {
                plan.Note(LogGroupKeyCheck.Note(key, region));
            }
        }

        var logGroup = LogGroupPrefix + trail.Name;
        var logGroupArn = $"arn:{snapshot.Partition}:logs:{region}:{snapshot.Account}:log-group:{logGroup}:*";
        var roleName = RoleName(trail.Name);
        var roleArn = $"arn:{snapshot.Partition}:iam::{snapshot.Account}:role/{roleName}";
        plan.Add(new Change
        {
            Action = ChangeAction.Create, Address = ResourceKinds.Address(ResourceKinds.LogGroup, logGroup), Kind = ResourceKinds.LogGroup, Region = region,
            After = new Dictionary<string, string>
            {
                [Attr.Region] = region, [Attr.LogGroupName] = logGroup, [Attr.RetentionInDays] = LogGroupSpec.Retention(settings.LogRetentionDays), [Attr.KmsKeyId] = key,
            },
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
                [Attr.RolePolicy] = RolePolicy(logGroupArn, snapshot.Account),
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
