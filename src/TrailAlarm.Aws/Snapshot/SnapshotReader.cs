using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Snapshot;

/// <summary>
/// Reads one account into an <see cref="AccountSnapshot"/>: every region at once, then what the regions point at.
/// A failed or denied call becomes a gap in the snapshot; the read itself never fails because of one.
/// </summary>
public static class SnapshotReader
{
    public static async Task<AccountSnapshot> ReadAsync(AwsSession session, string account, IReadOnlyList<string> regions, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(time);
        var gaps = new GapRecorder();
        var takenAt = time.GetUtcNow();
        var parts = await Task.WhenAll(regions.Select(r => new RegionReader(session, gaps).ReadAsync(r, ct))).ConfigureAwait(false);

        var merged = MergeTrails(parts.SelectMany(p => p.Trails));
        var trailReader = new RegionReader(session, gaps);
        var trails = await Task.WhenAll(merged.Select(t => regions.Contains(t.HomeRegion) ? Task.FromResult(t) : trailReader.CompleteAsync(t, ct))).ConfigureAwait(false);
        var alarms = parts.SelectMany(p => p.Alarms).ToList();
        var rules = parts.SelectMany(p => p.Rules).ToList();
        var referenced = new ReferencedReader(session, gaps);
        var logGroups = referenced.ReadLogGroupsAsync(trails, account, regions, ct);
        var topicArns = alarms.SelectMany(a => a.AlarmActions).Concat(rules.SelectMany(r => r.Targets ?? [])).Where(IsTopic);
        var topics = referenced.ReadTopicsAsync(topicArns, ct);
        var keys = ReadKeysAsync(referenced, topics, ct);
        await Task.WhenAll(logGroups, keys).ConfigureAwait(false);
        var (groups, filters) = await logGroups.ConfigureAwait(false);

        return new AccountSnapshot
        {
            Account = account,
            Partition = session.Partition.Name,
            TakenAt = takenAt,
            Regions = regions,
            Trails = trails,
            LogGroups = groups,
            MetricFilters = filters,
            Alarms = alarms,
            Topics = await topics.ConfigureAwait(false),
            KmsKeys = await keys.ConfigureAwait(false),
            ConfigRecorders = parts.SelectMany(p => p.Recorders).ToList(),
            DeliveryChannels = parts.SelectMany(p => p.Channels).ToList(),
            EventRules = rules,
            Gaps = gaps.Gaps,
        };
    }

    /// <summary>A multi-region trail shows up in every region: keep the copy read in its home region (with status and
    /// selectors) when there is one.</summary>
    private static List<Trail> MergeTrails(IEnumerable<Trail> seen)
        => seen.GroupBy(t => t.Arn)
            .Select(g => g.FirstOrDefault(t => t.Status is not null || t.Selectors is not null) ?? g.First())
            .OrderBy(t => t.Arn, StringComparer.Ordinal)
            .ToList();

    private static async Task<IReadOnlyList<KmsKey>> ReadKeysAsync(ReferencedReader referenced, Task<IReadOnlyList<SnsTopic>> topics, CancellationToken ct)
        => await referenced.ReadTopicKeysAsync(await topics.ConfigureAwait(false), ct).ConfigureAwait(false);

    private static bool IsTopic(string arn) => ArnParts.TryParse(arn, out var parts) && parts.Service == "sns";
}
