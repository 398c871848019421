using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>The end of the chain: SNS actions, the topic, a confirmed subscriber, and whether CloudWatch may publish.</summary>
internal static class NotificationPath
{
    private const string CloudWatch = "cloudwatch.amazonaws.com";

    public static IEnumerable<Chain> FromAlarm(Chain chain, MetricAlarm alarm, AccountSnapshot snapshot)
    {
        if (!alarm.ActionsEnabled)
        {
            yield return chain.Fail(StepNames.AlarmAction, $"alarm '{alarm.Name}' has its actions disabled (ActionsEnabled=false), so it notifies nobody");
            yield break;
        }

        var topics = alarm.AlarmActions.Where(a => ArnParts.TryParse(a, out var arn) && arn.Service == "sns").ToList();
        if (topics.Count == 0)
        {
            var others = alarm.AlarmActions.Count == 0 ? "no alarm actions" : "only non-SNS actions: " + string.Join(", ", alarm.AlarmActions);
            yield return chain.Fail(StepNames.AlarmAction, $"alarm '{alarm.Name}' has {others}");
            yield break;
        }

        foreach (var topicArn in topics)
        {
            var withAction = chain.Pass(StepNames.AlarmAction, $"alarm '{alarm.Name}' has actions enabled and notifies SNS topic {topicArn}", resource: topicArn);
            yield return ThroughTopic(withAction, topicArn, snapshot);
        }
    }

    /// <summary>Topic exists → (encrypted) its key lets the publisher in → a subscriber SNS really delivers to →
    /// (warning only) the topic policy lets CloudWatch publish.</summary>
    /// <param name="publisher">The service principal that publishes: CloudWatch for alarms, EventBridge for rules.</param>
    public static Chain ThroughTopic(Chain chain, string topicArn, AccountSnapshot snapshot, string publisher = CloudWatch)
    {
        var region = ArnParts.TryParse(topicArn, out var arn) ? arn.Region : chain.Region;
        var topic = snapshot.Topics.FirstOrDefault(t => t.Arn == topicArn);
        if (topic is null)
        {
            return snapshot.FindGap(Calls.GetTopicAttributes, region, topicArn) is { } gap
                ? chain.Unknown(StepNames.Topic, $"could not read topic {topicArn}: {gap}")
                : chain.Fail(StepNames.Topic, $"SNS topic {topicArn} does not exist (deleted?), so the notification goes nowhere");
        }

        chain = chain.Pass(StepNames.Topic, $"SNS topic {topicArn} exists", region, topicArn);
        if (topic.KmsMasterKeyId is { Length: > 0 } keyId)
        {
            var (status, detail) = KeyAccess.Judge(keyId, topic.Region, publisher, $"topic {topicArn}", snapshot);
            chain = chain.Then(StepNames.TopicKey, status, detail);
            if (status != Status.Pass)
            {
                return chain;
            }
        }

        chain = ThroughSubscribers(chain, topic, snapshot);
        if (chain.Status != Status.Pass || publisher != CloudWatch)
        {
            return chain;
        }

        return chain.Pass(StepNames.TopicPolicy, PublishWarning(topic) is { } warning ? "warning: " + warning : "the topic policy lets CloudWatch publish");
    }

    /// <summary>PASS when SNS delivers to at least one subscription; otherwise UNKNOWN when one could not be judged,
    /// else FAIL naming why each one receives nothing.</summary>
    private static Chain ThroughSubscribers(Chain chain, SnsTopic topic, AccountSnapshot snapshot)
    {
        if (topic.Subscriptions is null)
        {
            var gap = snapshot.FindGap(Calls.ListSubscriptionsByTopic, topic.Region, topic.Arn);
            return chain.Unknown(StepNames.Subscriber, $"could not list the subscriptions of {topic.Arn}: {gap?.ToString() ?? "not read"}");
        }

        if (topic.Subscriptions.Count == 0)
        {
            return chain.Fail(StepNames.Subscriber, $"topic {topic.Arn} has no subscriptions, so nobody is told");
        }

        var judged = topic.Subscriptions.Select(s => SubscriberDelivery.Judge(s, topic, snapshot)).ToList();
        var delivered = judged.Where(j => j.Status == Status.Pass).ToList();
        if (delivered.Count > 0)
        {
            var others = judged.Count - delivered.Count;
            return chain.Pass(StepNames.Subscriber, $"{delivered.Count} subscription(s) SNS delivers to: {string.Join("; ", delivered.Select(d => d.Detail))}"
                + (others == 0 ? "" : $" ({others} other(s) receive nothing: {string.Join("; ", judged.Where(j => j.Status != Status.Pass).Select(j => j.Detail))})"));
        }

        var status = judged.Any(j => j.Status == Status.Unknown) ? Status.Unknown : Status.Fail;
        var lead = judged.All(j => j.Detail.Contains("pending confirmation", StringComparison.Ordinal))
            ? $"topic {topic.Arn} has only {judged.Count} subscription(s) pending confirmation; a pending subscription receives nothing"
            : $"no subscription of topic {topic.Arn} receives the notification";
        return chain.Then(StepNames.Subscriber, status, $"{lead}: {string.Join("; ", judged.Select(j => j.Detail))}");
    }

    /// <summary>Why CloudWatch may be unable to publish to the topic under its topic policy, or null when nothing
    /// stands in its way. (The topic's KMS key is judged as its own step.)</summary>
    public static string? PublishWarning(SnsTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return PolicyGrants.Allows(topic.Policy, CloudWatch, ["sns:Publish"]) switch
        {
            null => "the topic policy could not be read, so CloudWatch's permission to publish is not verified",
            false => "the topic policy does not let cloudwatch.amazonaws.com publish (sns:Publish)",
            _ => null,
        };
    }
}
