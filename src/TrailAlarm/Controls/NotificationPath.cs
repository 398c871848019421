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

    /// <summary>Topic exists → a confirmed subscriber → (warning only) CloudWatch may publish.</summary>
    public static Chain ThroughTopic(Chain chain, string topicArn, AccountSnapshot snapshot, bool checkCloudWatchAccess = true)
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
        if (topic.Subscriptions is null)
        {
            var gap = snapshot.FindGap(Calls.ListSubscriptionsByTopic, region, topicArn);
            return chain.Unknown(StepNames.Subscriber, $"could not list the subscriptions of {topicArn}: {gap?.ToString() ?? "not read"}");
        }

        var confirmed = topic.Subscriptions.Where(s => s.IsConfirmed).ToList();
        if (confirmed.Count == 0)
        {
            var pending = topic.Subscriptions.Count;
            return chain.Fail(StepNames.Subscriber, pending == 0
                ? $"topic {topicArn} has no subscriptions, so nobody is told"
                : $"topic {topicArn} has only {pending} subscription(s) pending confirmation; a pending subscription receives nothing");
        }

        var who = string.Join(", ", confirmed.Select(s => s.Protocol).Distinct());
        chain = chain.Pass(StepNames.Subscriber, $"{confirmed.Count} confirmed subscription(s) ({who})");
        return checkCloudWatchAccess ? chain.Pass(StepNames.TopicPolicy, PublishWarning(topic, snapshot) is { } warning ? "warning: " + warning : "the topic policy lets CloudWatch publish") : chain;
    }

    /// <summary>Why CloudWatch may be unable to publish to the topic, or null when nothing stands in its way.</summary>
    public static string? PublishWarning(SnsTopic topic, AccountSnapshot snapshot)
    {
        var problems = new List<string>();
        var policy = PolicyGrants.Allows(topic.Policy, CloudWatch, ["sns:Publish"]);
        if (policy is null)
        {
            problems.Add("the topic policy could not be read, so CloudWatch's permission to publish is not verified");
        }
        else if (policy == false)
        {
            problems.Add("the topic policy does not let cloudwatch.amazonaws.com publish (sns:Publish)");
        }

        if (topic.KmsMasterKeyId is { Length: > 0 } keyId)
        {
            problems.AddRange(KeyWarning(keyId, topic.Region, snapshot));
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static IEnumerable<string> KeyWarning(string keyId, string region, AccountSnapshot snapshot)
    {
        if (keyId.EndsWith("alias/aws/sns", StringComparison.Ordinal))
        {
            yield return "the topic is encrypted with the AWS managed key alias/aws/sns, whose policy CloudWatch cannot use; use a customer managed key that allows cloudwatch.amazonaws.com";
            yield break;
        }

        var key = snapshot.KmsKeys.FirstOrDefault(k => k.KeyId == keyId || k.Arn == keyId);
        if (key?.AwsManaged == true)
        {
            yield return $"the topic is encrypted with an AWS managed key ({keyId}), whose policy CloudWatch cannot use";
            yield break;
        }

        var grants = PolicyGrants.Allows(key?.Policy, CloudWatch, ["kms:Decrypt", "kms:GenerateDataKey"]);
        if (grants is null)
        {
            var gap = snapshot.FindGap(Calls.GetKeyPolicy, region, keyId) ?? snapshot.FindGap(Calls.DescribeKey, region, keyId);
            yield return $"the topic's KMS key {keyId} policy could not be read ({gap?.ErrorCode ?? "not read"}), so CloudWatch's use of it is not verified";
        }
        else if (grants == false)
        {
            yield return $"the KMS key {keyId} policy does not let cloudwatch.amazonaws.com use kms:Decrypt and kms:GenerateDataKey*";
        }
    }
}
