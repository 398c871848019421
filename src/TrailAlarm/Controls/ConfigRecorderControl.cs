using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// In each trail's home region, an AWS Config recorder that is recording and whose recording group covers
/// AWS::CloudTrail::Trail. lastStatus PENDING is not a failure (moto never leaves it); FAILURE is.
/// </summary>
public static class ConfigRecorderControl
{
    public const string TrailResourceType = "AWS::CloudTrail::Trail";

    public static Finding Evaluate(Control control, AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(snapshot);
        var regions = snapshot.Trails.Select(t => t.HomeRegion).Distinct().Order(StringComparer.Ordinal).ToList();
        if (regions.Count == 0)
        {
            var none = Chain.Start(snapshot.Regions.Count > 0 ? snapshot.Regions[0] : "", $"arn:{snapshot.Partition}:cloudtrail::{snapshot.Account}:trail/*");
            var listFailed = snapshot.Regions.Count > 0 && snapshot.Regions.All(r => snapshot.FindGap(Calls.DescribeTrails, r) is not null);
            return listFailed
                ? FindingFactory.Of(control, snapshot, Status.Unknown, none.Unknown(StepNames.Trail, $"could not list trails: {snapshot.FindGap(Calls.DescribeTrails)}"), $"could not list trails: {snapshot.FindGap(Calls.DescribeTrails)}")
                : FindingFactory.Of(control, snapshot, Status.NotApplicable, none.Then(StepNames.Trail, Status.NotApplicable, "no trail in any region read, so there is no home region to record trails in"), "no trail in the account; nothing for Config to record");
        }

        var perRegion = regions.Select(r => InRegion(snapshot, r)).ToList();
        var steps = perRegion.SelectMany(c => c.Steps).ToList();
        var worst = perRegion.FirstOrDefault(c => c.Status == Status.Fail) ?? perRegion.FirstOrDefault(c => c.Status == Status.Unknown);
        if (worst is null)
        {
            var all = new Chain(steps, perRegion[0].Region, perRegion[0].Resource);
            return FindingFactory.Of(control, snapshot, Status.Pass, all, $"AWS Config records {TrailResourceType} in every trail home region ({string.Join(", ", regions)})");
        }

        var evidence = new Chain(steps, worst.Region, worst.Resource);
        return FindingFactory.Of(control, snapshot, worst.Status, evidence, worst.Stopper!.Detail);
    }

    private static Chain InRegion(AccountSnapshot snapshot, string region)
    {
        var chain = Chain.Start(region, $"arn:{snapshot.Partition}:config:{region}:{snapshot.Account}:config-recorder/*");
        if (!snapshot.Regions.Contains(region))
        {
            return chain.Unknown(StepNames.Recorder, $"{region} holds a trail's home but was not read; add it to --regions");
        }

        var recorder = snapshot.ConfigRecorders.FirstOrDefault(r => r.Region == region);
        if (recorder is null)
        {
            return snapshot.FindGap(Calls.DescribeConfigurationRecorders, region) is { } gap
                ? chain.Unknown(StepNames.Recorder, $"could not read the Config recorders in {region}: {gap}")
                : chain.Fail(StepNames.Recorder, $"no AWS Config recorder in {region}, a trail's home region");
        }

        chain = chain.Pass(StepNames.Recorder, $"recorder '{recorder.Name}' in {region}", resource: $"arn:{snapshot.Partition}:config:{region}:{snapshot.Account}:config-recorder/{recorder.Name}");
        chain = Recording(chain, recorder, snapshot);
        return chain.Status == Status.Pass ? Covers(chain, recorder) : chain;
    }

    private static Chain Recording(Chain chain, ConfigRecorder recorder, AccountSnapshot snapshot)
    {
        if (recorder.Status is null)
        {
            var gap = snapshot.FindGap(Calls.DescribeConfigurationRecorderStatus, recorder.Region);
            return chain.Unknown(StepNames.Recording, $"could not read the status of recorder '{recorder.Name}': {gap?.ToString() ?? "not read"}");
        }

        if (!recorder.Status.Recording)
        {
            return chain.Fail(StepNames.Recording, $"recorder '{recorder.Name}' in {recorder.Region} is stopped (recording=false)");
        }

        if (recorder.Status.LastStatus == "FAILURE")
        {
            return chain.Fail(StepNames.Recording, $"recorder '{recorder.Name}' in {recorder.Region} is recording but its last delivery failed ({recorder.Status.LastErrorCode}: {recorder.Status.LastErrorMessage})");
        }

        return chain.Pass(StepNames.Recording, $"recorder '{recorder.Name}' is recording (last status {recorder.Status.LastStatus ?? "not reported"})");
    }

    private static Chain Covers(Chain chain, ConfigRecorder recorder)
    {
        var group = recorder.RecordingGroup;
        var strategy = group.RecordingStrategy;
        if (strategy == "EXCLUSION_BY_RESOURCE_TYPES")
        {
            return group.ExclusionResourceTypes.Contains(TrailResourceType)
                ? chain.Fail(StepNames.RecordingGroup, $"recorder '{recorder.Name}' excludes {TrailResourceType}")
                : chain.Pass(StepNames.RecordingGroup, $"recorder '{recorder.Name}' records every type except {group.ExclusionResourceTypes.Count} excluded ones, {TrailResourceType} included");
        }

        if (group.AllSupported && strategy is null or "ALL_SUPPORTED_RESOURCE_TYPES")
        {
            return chain.Pass(StepNames.RecordingGroup, $"recorder '{recorder.Name}' records all supported resource types");
        }

        return group.ResourceTypes.Contains(TrailResourceType)
            ? chain.Pass(StepNames.RecordingGroup, $"recorder '{recorder.Name}' lists {TrailResourceType} among its resource types")
            : chain.Fail(StepNames.RecordingGroup, $"recorder '{recorder.Name}' records only {(group.ResourceTypes.Count == 0 ? "no resource types" : string.Join(", ", group.ResourceTypes))}, not {TrailResourceType}");
    }
}
