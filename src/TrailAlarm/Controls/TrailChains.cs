using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>The first links of every chain: trail multi-region → logging → event selectors → its log group by full ARN.</summary>
internal static class TrailChains
{
    /// <summary>One chain per trail; a chain that passes ends with Region/Resource = the log group's region and ARN.</summary>
    public static IEnumerable<Chain> All(AccountSnapshot snapshot, IReadOnlyList<RequiredEvent> required)
    {
        var trails = snapshot.Trails.DistinctBy(t => t.Arn).ToList();
        if (trails.Count == 0)
        {
            yield return NoTrail(snapshot);
            yield break;
        }

        foreach (var trail in trails)
        {
            yield return FromTrail(trail, snapshot, required);
        }
    }

    private static Chain NoTrail(AccountSnapshot snapshot)
    {
        var start = Chain.Start(snapshot.Regions.Count > 0 ? snapshot.Regions[0] : "", $"arn:{snapshot.Partition}:cloudtrail::{snapshot.Account}:trail/*");
        var gaps = snapshot.Regions.Select(r => snapshot.FindGap(Calls.DescribeTrails, r)).ToList();
        if (gaps.Count > 0 && gaps.All(g => g is not null))
        {
            return start.Unknown(StepNames.Trail, $"could not list trails in any region read: {gaps[0]}");
        }

        var where = snapshot.Regions.Count <= 4 ? $"any region read ({string.Join(", ", snapshot.Regions)})" : $"any of the {snapshot.Regions.Count} regions read";
        return start.Fail(StepNames.Trail, $"no CloudTrail trail in {where}");
    }

    private static Chain FromTrail(Trail trail, AccountSnapshot snapshot, IReadOnlyList<RequiredEvent> required)
    {
        var chain = Chain.Start(trail.HomeRegion, trail.Arn);
        var org = trail.IsOrganizationTrail ? " organisation" : "";
        if (!trail.IsMultiRegion)
        {
            return chain.Fail(StepNames.Trail, $"trail '{trail.Name}' only logs {trail.HomeRegion}; a multi-region trail is needed to see changes in every region");
        }

        chain = chain.Pass(StepNames.Trail, $"multi-region{org} trail '{trail.Name}' (home {trail.HomeRegion}, owner {trail.OwnerAccount})");
        if (trail.Status is null)
        {
            return chain.Unknown(StepNames.Logging, $"could not read the status of trail '{trail.Name}': {GapText(snapshot, Calls.GetTrailStatus, trail)}");
        }

        if (!trail.Status.IsLogging)
        {
            return chain.Fail(StepNames.Logging, $"trail '{trail.Name}' is not logging (IsLogging=false)");
        }

        chain = chain.Pass(StepNames.Logging, $"trail '{trail.Name}' is logging");
        if (trail.Selectors is null)
        {
            return chain.Unknown(StepNames.EventSelectors, $"could not read the event selectors of trail '{trail.Name}': {GapText(snapshot, Calls.GetEventSelectors, trail)}");
        }

        var (status, detail) = EventSelectorCheck.Judge(trail.Selectors, required);
        chain = chain.Then(StepNames.EventSelectors, status, detail);
        return status == Status.Pass ? ToLogGroup(chain, trail, snapshot) : chain;
    }

    private static Chain ToLogGroup(Chain chain, Trail trail, AccountSnapshot snapshot)
    {
        if (trail.LogGroupArn is null)
        {
            return chain.Fail(StepNames.LogGroup, $"trail '{trail.Name}' does not send its events to CloudWatch Logs (no CloudWatchLogsLogGroupArn)");
        }

        if (!ArnParts.TryParse(trail.LogGroupArn, out var arn) || arn.LogGroupName is not { } name)
        {
            return chain.Fail(StepNames.LogGroup, $"trail '{trail.Name}' names an unreadable log group ARN '{trail.LogGroupArn}'");
        }

        if (arn.Account != snapshot.Account)
        {
            return trail.IsOrganizationTrail
                ? chain.Then(StepNames.LogGroup, Status.NotApplicable, $"organisation trail {trail.Arn} delivers to {trail.LogGroupArn}, owned by account {arn.Account}: the alarm chain lives there; audit that account", arn.Region, trail.LogGroupArn)
                : chain.Fail(StepNames.LogGroup, $"trail '{trail.Name}' delivers to a log group in another account ({trail.LogGroupArn})");
        }

        if (!snapshot.Regions.Contains(arn.Region))
        {
            return chain.Unknown(StepNames.LogGroup, $"log group {name} is in {arn.Region}, which was not read; add it to --regions");
        }

        if (!snapshot.LogGroups.Any(g => g.Region == arn.Region && g.Name == name))
        {
            return snapshot.FindGap(Calls.DescribeLogGroups, arn.Region, name) is { } gap
                ? chain.Unknown(StepNames.LogGroup, $"could not look up log group {name}: {gap}")
                : chain.Fail(StepNames.LogGroup, $"trail '{trail.Name}' delivers to log group {name} in {arn.Region}, which does not exist");
        }

        if (trail.Status?.LatestCloudWatchLogsDeliveryError is { Length: > 0 } error)
        {
            return chain.Fail(StepNames.LogGroup, $"CloudTrail reports an error delivering to {name}: {error}");
        }

        return chain.Pass(StepNames.LogGroup, $"trail '{trail.Name}' delivers to log group {name} in {arn.Region}", arn.Region, trail.LogGroupArn);
    }

    private static string GapText(AccountSnapshot snapshot, string call, Trail trail)
        => snapshot.FindGap(call, null, trail.Arn)?.ToString() ?? snapshot.FindGap(call, null, trail.Name)?.ToString() ?? "not read";
}
