using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Snapshot;

/// <summary>
/// The second pass: what the first pass points at — the trails' log groups with their metric filters, and the SNS
/// topics that alarms and rules notify, with their subscriptions. Only what the chain can reach is read.
/// </summary>
internal sealed class ReferencedReader(AwsSession session, GapRecorder gaps)
{
    public async Task<(IReadOnlyList<LogGroup> Groups, IReadOnlyList<MetricFilter> Filters)> ReadLogGroupsAsync(
        IEnumerable<Trail> trails, string account, IReadOnlyCollection<string> regions, CancellationToken ct)
    {
        var targets = trails
            .Select(t => ArnParts.TryParse(t.LogGroupArn, out var arn) ? arn : null)
            .Where(a => a is not null && a.Account == account && regions.Contains(a.Region) && a.LogGroupName is not null)
            .Select(a => (a!.Region, Name: a.LogGroupName!))
            .Distinct()
            .ToList();
        var reads = targets.Select(async target =>
        {
            var logs = session.Logs(target.Region);
            var groups = gaps.TryAsync(Calls.DescribeLogGroups, target.Region, target.Name, () => logs.DescribeAllLogGroupsAsync(new() { LogGroupNamePrefix = target.Name }, ct));
            var filters = gaps.TryAsync(Calls.DescribeMetricFilters, target.Region, target.Name, () => logs.DescribeAllMetricFiltersAsync(new() { LogGroupName = target.Name }, ct));
            var group = (await groups.ConfigureAwait(false) ?? []).FirstOrDefault(g => g.LogGroupName == target.Name);
            var found = (await filters.ConfigureAwait(false) ?? []).Where(f => f.LogGroupName is null || f.LogGroupName == target.Name);
            return (
                Group: group is null ? null : new LogGroup { Region = target.Region, Name = target.Name, Arn = group.Arn, KmsKeyId = group.KmsKeyId },
                Filters: found.Select(f => SnapshotMapping.Filter(f, target.Region, target.Name)).ToList());
        });
        var results = await Task.WhenAll(reads).ConfigureAwait(false);
        return (results.Where(r => r.Group is not null).Select(r => r.Group!).ToList(), results.SelectMany(r => r.Filters).ToList());
    }

    public async Task<IReadOnlyList<SnsTopic>> ReadTopicsAsync(IEnumerable<string> topicArns, CancellationToken ct)
    {
        var reads = topicArns.Distinct().Select(async arn =>
        {
            if (!ArnParts.TryParse(arn, out var parts) || parts.Service != "sns")
            {
                return null;
            }

            var sns = session.Sns(parts.Region);
            var attributes = gaps.TryAsync(Calls.GetTopicAttributes, parts.Region, arn, () => sns.GetTopicAttributesAsync(arn, ct), notFoundIsAnswer: true);
            var subscriptions = gaps.TryAsync(Calls.ListSubscriptionsByTopic, parts.Region, arn, () => sns.ListAllSubscriptionsByTopicAsync(arn, ct), notFoundIsAnswer: true);
            var found = await attributes.ConfigureAwait(false);
            var subs = await subscriptions.ConfigureAwait(false);
            if (found is null)
            {
                return null;
            }

            var keyId = found.Attributes.GetValueOrDefault("KmsMasterKeyId");
            return new SnsTopic
            {
                Arn = arn,
                Region = parts.Region,
                Policy = found.Attributes.GetValueOrDefault("Policy"),
                KmsMasterKeyId = string.IsNullOrEmpty(keyId) ? null : keyId,
                Subscriptions = subs?.Select(s => new SnsSubscription { SubscriptionArn = s.SubscriptionArn ?? "PendingConfirmation", Protocol = s.Protocol ?? "", Endpoint = s.Endpoint ?? "" }).ToList(),
            };
        });
        var topics = await Task.WhenAll(reads).ConfigureAwait(false);
        return topics.Where(t => t is not null).Select(t => t!).ToList();
    }

    /// <summary>The customer-managed keys that encrypt the topics, with their key policies (AWS-managed keys are marked).</summary>
    public Task<IReadOnlyList<KmsKey>> ReadTopicKeysAsync(IEnumerable<SnsTopic> topics, CancellationToken ct)
        => ReadKeysAsync(topics
            .Where(t => t.KmsMasterKeyId is { Length: > 0 } id && !id.EndsWith("alias/aws/sns", StringComparison.Ordinal))
            .Select(t => (t.Region, KeyId: t.KmsMasterKeyId!)), ct);

    /// <summary>Keys by region and id (or ARN), with their key policies (AWS-managed keys are marked, their policies not read).</summary>
    public async Task<IReadOnlyList<KmsKey>> ReadKeysAsync(IEnumerable<(string Region, string KeyId)> keys, CancellationToken ct)
    {
        var reads = keys
            .Distinct()
            .Select(async key =>
            {
                var kms = session.Kms(key.Region);
                var described = await gaps.TryAsync(Calls.DescribeKey, key.Region, key.KeyId, () => kms.DescribeKeyAsync(new(key.KeyId), ct)).ConfigureAwait(false);
                var metadata = described?.KeyMetadata;
                if (metadata is null)
                {
                    return null;
                }

                var awsManaged = metadata.KeyManager == "AWS";
                var policy = awsManaged ? null : await gaps.TryAsync(Calls.GetKeyPolicy, key.Region, key.KeyId, () => kms.GetKeyPolicyAsync(new(metadata.KeyId ?? key.KeyId), ct)).ConfigureAwait(false);
                return new KmsKey { KeyId = key.KeyId, Region = key.Region, Arn = metadata.Arn, AwsManaged = awsManaged, Policy = policy?.Policy };
            });
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        return found.Where(k => k is not null).Select(k => k!).ToList();
    }
}
