using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// What the planner needs beyond the audit's snapshot: the topics it may reuse (--topic-arn, or the --topic-name topic
/// in each region where an alarm may go), which the audit reads only when an alarm points at them. With them, the plan
/// merges into their real policy and skips subscribers they already have, instead of creating what exists.
/// </summary>
public static class PlanInputs
{
    /// <summary>The snapshot with everything the planner reads beyond the audit's: candidate topics, the --log-kms-key key, and AWS Config's prerequisites with --fix-config-recorder.</summary>
    public static async Task<AccountSnapshot> ReadAsync(AwsSession session, AccountSnapshot snapshot, FixSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var withTopics = await WithLogKeyAsync(session, await WithCandidateTopicsAsync(session, snapshot, settings, ct).ConfigureAwait(false), settings, ct).ConfigureAwait(false);
        return settings.FixConfigRecorder
            ? withTopics with { ConfigPrerequisites = await ConfigPrerequisiteReader.ReadAsync(session, withTopics, settings, ct).ConfigureAwait(false) }
            : withTopics;
    }

    /// <summary>The --log-kms-key key and its policy, so that the plan sees whether CloudWatch Logs may use it (a gap when it cannot be read).</summary>
    public static async Task<AccountSnapshot> WithLogKeyAsync(AwsSession session, AccountSnapshot snapshot, FixSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        var key = settings.LogKmsKey;
        if (!settings.IntegrateTrail || key is null || !ArnParts.TryParse(key, out var arn) || snapshot.KmsKeys.Any(k => k.Arn == key || k.KeyId == key))
        {
            return snapshot;
        }

        var gaps = new GapRecorder();
        var keys = await new ReferencedReader(session, gaps).ReadKeysAsync([(arn.Region, key)], ct).ConfigureAwait(false);
        return snapshot with { KmsKeys = [.. snapshot.KmsKeys, .. keys], Gaps = [.. snapshot.Gaps, .. gaps.Gaps] };
    }

    public static async Task<AccountSnapshot> WithCandidateTopicsAsync(AwsSession session, AccountSnapshot snapshot, FixSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        var regions = snapshot.Trails.Select(t => t.HomeRegion)
            .Concat(snapshot.Trails.Select(t => ArnParts.TryParse(t.LogGroupArn, out var arn) ? arn.Region : null).OfType<string>())
            .Distinct();
        var arns = regions.Select(r => $"arn:{snapshot.Partition}:sns:{r}:{snapshot.Account}:{settings.TopicName}").ToList();
        if (settings.TopicArn is not null)
        {
            arns.Add(settings.TopicArn);
        }

        var missing = arns.Where(a => snapshot.Topics.All(t => t.Arn != a)).ToList();
        if (missing.Count == 0)
        {
            return snapshot;
        }

        var gaps = new GapRecorder();
        var topics = await new ReferencedReader(session, gaps).ReadTopicsAsync(missing, ct).ConfigureAwait(false);
        return snapshot with { Topics = [.. snapshot.Topics, .. topics], Gaps = [.. snapshot.Gaps, .. gaps.Gaps] };
    }
}
