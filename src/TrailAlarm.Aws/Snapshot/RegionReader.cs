using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Snapshot;

/// <summary>What one region holds: trails homed or shadowed there, alarms, Config recorders and delivery channels, EventBridge rules.</summary>
internal sealed record RegionPart(
    string Region,
    IReadOnlyList<Trail> Trails,
    IReadOnlyList<MetricAlarm> Alarms,
    IReadOnlyList<ConfigRecorder> Recorders,
    IReadOnlyList<DeliveryChannel> Channels,
    IReadOnlyList<EventRule> Rules);

/// <summary>Reads one region; every call is independent, so they all run at once (the session bounds concurrency).</summary>
internal sealed class RegionReader(AwsSession session, GapRecorder gaps)
{
    public async Task<RegionPart> ReadAsync(string region, CancellationToken ct)
    {
        var trails = ReadTrailsAsync(region, ct);
        var alarms = gaps.TryAsync(Calls.DescribeAlarms, region, null, () => session.CloudWatch(region).DescribeAllMetricAlarmsAsync(null, ct));
        var recorders = ReadRecordersAsync(region, ct);
        var channels = gaps.TryAsync(Calls.DescribeDeliveryChannels, region, null, () => session.Config(region).DescribeDeliveryChannelsAsync(null, ct));
        var rules = ReadRulesAsync(region, ct);
        await Task.WhenAll(trails, alarms, recorders, channels, rules).ConfigureAwait(false);
        return new RegionPart(
            region,
            await trails.ConfigureAwait(false),
            (await alarms.ConfigureAwait(false) ?? []).Select(a => SnapshotMapping.Alarm(a, region)).ToList(),
            await recorders.ConfigureAwait(false),
            ((await channels.ConfigureAwait(false))?.DeliveryChannels ?? []).Select(c => new DeliveryChannel { Region = region, Name = c.Name ?? "", Bucket = c.S3BucketName, KeyPrefix = c.S3KeyPrefix }).ToList(),
            await rules.ConfigureAwait(false));
    }

    /// <summary>Trails visible here; status and selectors are read (in the trail's home region) only for trails homed here,
    /// so a multi-region trail is read once however many regions show it. Trails are addressed by ARN, which also works
    /// for an organisation trail seen from a member account.</summary>
    private async Task<IReadOnlyList<Trail>> ReadTrailsAsync(string region, CancellationToken ct)
    {
        var listed = await gaps.TryAsync(Calls.DescribeTrails, region, null, () => session.CloudTrail(region).DescribeAllTrailsAsync(ct)).ConfigureAwait(false);
        if (listed is null)
        {
            return [];
        }

        var reads = listed.Select(async t =>
        {
            var home = t.HomeRegion ?? region;
            if (home != region)
            {
                return SnapshotMapping.Trail(t, region, null, null);
            }

            var arn = t.TrailArn ?? t.Name ?? "";
            var client = session.CloudTrail(home);
            var status = gaps.TryAsync(Calls.GetTrailStatus, home, arn, () => client.GetTrailStatusAsync(new(arn), ct));
            var selectors = gaps.TryAsync(Calls.GetEventSelectors, home, arn, () => client.GetEventSelectorsAsync(new(arn), ct));
            var s = await status.ConfigureAwait(false);
            var e = await selectors.ConfigureAwait(false);
            return SnapshotMapping.Trail(t, region, s is null ? null : SnapshotMapping.Status(s), e is null ? null : SnapshotMapping.Selectors(e));
        });
        return await Task.WhenAll(reads).ConfigureAwait(false);
    }

    /// <summary>Status and selectors of a trail homed in a region that was not read (it is still this account's trail).</summary>
    public async Task<Trail> CompleteAsync(Trail trail, CancellationToken ct)
    {
        var client = session.CloudTrail(trail.HomeRegion);
        var status = gaps.TryAsync(Calls.GetTrailStatus, trail.HomeRegion, trail.Arn, () => client.GetTrailStatusAsync(new(trail.Arn), ct));
        var selectors = gaps.TryAsync(Calls.GetEventSelectors, trail.HomeRegion, trail.Arn, () => client.GetEventSelectorsAsync(new(trail.Arn), ct));
        var s = await status.ConfigureAwait(false);
        var e = await selectors.ConfigureAwait(false);
        return trail with { Status = s is null ? null : SnapshotMapping.Status(s), Selectors = e is null ? null : SnapshotMapping.Selectors(e) };
    }

    private async Task<IReadOnlyList<ConfigRecorder>> ReadRecordersAsync(string region, CancellationToken ct)
    {
        var client = session.Config(region);
        var recorders = gaps.TryAsync(Calls.DescribeConfigurationRecorders, region, null, () => client.DescribeConfigurationRecordersAsync(null, ct));
        var statuses = gaps.TryAsync(Calls.DescribeConfigurationRecorderStatus, region, null, () => client.DescribeConfigurationRecorderStatusAsync(null, ct));
        var found = await recorders.ConfigureAwait(false);
        var status = await statuses.ConfigureAwait(false);
        return (found?.ConfigurationRecorders ?? []).Select(r =>
        {
            var s = status?.ConfigurationRecordersStatus.FirstOrDefault(x => x.Name == r.Name);
            return SnapshotMapping.Recorder(r, region, s is null ? null : SnapshotMapping.RecorderStatus(s));
        }).ToList();
    }

    /// <summary>Rules on the default bus; targets are listed only for enabled rules with an event pattern.</summary>
    private async Task<IReadOnlyList<EventRule>> ReadRulesAsync(string region, CancellationToken ct)
    {
        var client = session.Events(region);
        var rules = await gaps.TryAsync(Calls.ListRules, region, null, () => client.ListAllRulesAsync(null, ct)).ConfigureAwait(false);
        var reads = (rules ?? []).Select(async r =>
        {
            var enabled = r.State?.StartsWith("ENABLED", StringComparison.Ordinal) == true && r.EventPattern is not null;
            IReadOnlyList<string>? targets = [];
            if (enabled)
            {
                var listed = await gaps.TryAsync(Calls.ListTargetsByRule, region, r.Arn ?? r.Name, () => client.ListAllTargetsByRuleAsync(r.Name ?? "", r.EventBusName, ct)).ConfigureAwait(false);
                targets = listed?.Select(t => t.Arn).ToList();
            }

            return new EventRule
            {
                Region = region,
                Name = r.Name ?? "",
                Arn = r.Arn,
                EventBusName = r.EventBusName ?? "default",
                State = r.State ?? "DISABLED",
                EventPattern = r.EventPattern,
                Targets = targets,
            };
        });
        return await Task.WhenAll(reads).ConfigureAwait(false);
    }
}
