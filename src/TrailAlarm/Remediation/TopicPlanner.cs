using TrailAlarm.Controls;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// Chooses the alarm topic — --topic-arn; else a topic with a confirmed subscriber that the alarm already notifies,
/// or the --topic-name topic when it has one, or (default topic name only) one that serves another CIS alarm in the
/// region; else a topic the alarm notifies; else the --topic-name topic, created when missing — merges CloudWatch's publish statement into its policy and adds subscribers.
/// </summary>
internal sealed class TopicPlanner(AccountSnapshot snapshot, FixSettings settings, PlanBuilder plan, string controlId)
{
    private static readonly string[] Publish = ["sns:Publish"];

    public string Plan(string region, MetricAlarm? alarm)
    {
        var named = $"arn:{snapshot.Partition}:sns:{region}:{snapshot.Account}:{settings.TopicName}";
        var alarmTopics = alarm?.AlarmActions.Where(a => snapshot.Topics.Any(t => t.Arn == a && t.Region == region)).ToList() ?? [];
        var arn = settings.TopicArn
            ?? alarmTopics.FirstOrDefault(Confirmed)
            ?? (Confirmed(named) ? named : null)
            ?? (settings.TopicName == FixSettings.DefaultTopicName ? ReusableTopic(region) : null)
            ?? alarmTopics.FirstOrDefault()
            ?? named;
        var topic = snapshot.Topics.FirstOrDefault(t => t.Arn == arn);
        var name = arn[(arn.LastIndexOf(':') + 1)..];
        var topicAddress = ResourceKinds.Address(ResourceKinds.Topic, name);
        var creating = topic is null && settings.TopicArn is null;
        if (creating)
        {
            plan.Add(new Change
            {
                Action = ChangeAction.Create, Address = topicAddress, Kind = ResourceKinds.Topic, Region = region,
                After = new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = name, [Attr.Arn] = arn },
                Because = [controlId],
            });
        }
        else
        {
            plan.RequireExists(topicAddress, ResourceKinds.Topic, region, new Dictionary<string, string> { [Attr.Region] = region, [Attr.Arn] = arn }, $"SNS topic {arn} still exists");
        }

        Policy(region, arn, name, topic, creating);
        if (topic is not null)
        {
            TopicKeyPlanner.Plan(snapshot, plan, controlId, topic);
        }

        Subscriptions(region, arn, name, topic);
        return arn;
    }

    private bool Confirmed(string arn) => snapshot.Topics.Any(t => t.Arn == arn && t.Subscriptions is { } subs && subs.Any(s => s.IsConfirmed));

    /// <summary>
    /// A topic with a confirmed subscriber that already serves a CIS monitoring alarm in the region (an alarm on the
    /// metric of a filter on a log group a trail sends to): someone reads it, so the new alarm goes there too.
    /// </summary>
    private string? ReusableTopic(string region)
    {
        var trailGroups = snapshot.Trails.Select(t => ArnParts.TryParse(t.LogGroupArn, out var a) && a.Region == region ? a.LogGroupName : null).OfType<string>().ToHashSet();
        var metrics = snapshot.MetricFilters.Where(f => f.Region == region && trailGroups.Contains(f.LogGroupName)).SelectMany(f => f.Transformations).ToList();
        var serving = snapshot.Alarms
            .Where(a => a.Region == region && a.ActionsEnabled && metrics.Exists(m => AlarmFiring.Watches(a, m)))
            .SelectMany(a => a.AlarmActions.Where(Confirmed).Select(topic => (Topic: topic, Alarm: a.Name)))
            .Where(x => ArnParts.TryParse(x.Topic, out var t) && t.Region == region && t.Account == snapshot.Account)
            .OrderBy(x => x.Topic, StringComparer.Ordinal)
            .FirstOrDefault();
        if (serving.Topic is null)
        {
            return null;
        }

        plan.Note($"{controlId}: reusing SNS topic {serving.Topic}, which already notifies a confirmed subscriber for CIS alarm '{serving.Alarm}'");
        return serving.Topic;
    }

    private void Policy(string region, string arn, string name, SnsTopic? topic, bool creating)
    {
        if (!creating && (topic is null || PolicyGrants.Allows(topic.Policy, "cloudwatch.amazonaws.com", Publish) != false))
        {
            if (topic is { Policy: null })
            {
                plan.Note($"the policy of {arn} could not be read, so it is left as it is");
            }

            return;
        }

        var before = creating ? null : topic!.Policy ?? "";
        var after = new Dictionary<string, string>
        {
            [Attr.Region] = region,
            [Attr.TopicArn] = arn,
            [Attr.StatementId] = TopicPolicyMerge.StatementId,
            [Attr.Policy] = TopicPolicyMerge.Merge(before, arn, snapshot.Account),
        };
        plan.Add(new Change
        {
            Action = creating ? ChangeAction.Create : ChangeAction.Update,
            Address = ResourceKinds.Address(ResourceKinds.TopicPolicy, name),
            Kind = ResourceKinds.TopicPolicy,
            Region = region,
            Before = before is null ? null : new Dictionary<string, string> { [Attr.Region] = region, [Attr.TopicArn] = arn, [Attr.Policy] = TopicPolicyMerge.Canonical(before) },
            After = after,
            Because = [controlId],
        });
    }

    private void Subscriptions(string region, string arn, string name, SnsTopic? topic)
    {
        var existing = topic?.Subscriptions ?? [];
        foreach (var subscriber in settings.Subscribers)
        {
            if (existing.Any(s => s.Protocol == subscriber.Protocol && s.Endpoint == subscriber.Endpoint))
            {
                continue;
            }

            plan.Add(new Change
            {
                Action = ChangeAction.Create,
                Address = ResourceKinds.Address(ResourceKinds.Subscription, $"{name}_{subscriber.Protocol}_{subscriber.Endpoint}"),
                Kind = ResourceKinds.Subscription,
                Region = region,
                After = new Dictionary<string, string> { [Attr.Region] = region, [Attr.TopicArn] = arn, [Attr.Protocol] = subscriber.Protocol, [Attr.Endpoint] = subscriber.Endpoint },
                Because = [controlId],
            });
            if (subscriber.NeedsConfirmation)
            {
                plan.Note($"the {subscriber.Protocol} subscription of {subscriber.Endpoint} to {arn} stays pending until its owner confirms it; until then nobody is told");
            }
        }

        foreach (var pending in existing.Where(s => !s.IsConfirmed))
        {
            plan.Note($"subscription {pending.Protocol}:{pending.Endpoint} to {arn} is pending confirmation");
        }

        if (settings.Subscribers.Count == 0 && !existing.Any(s => s.IsConfirmed))
        {
            plan.Unplanned(controlId, $"topic {arn} has no confirmed subscriber, so nobody is told", "--subscribe email:ADDR (or https:, sqs:, lambda:)");
        }
    }
}
