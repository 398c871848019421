using System.Text.RegularExpressions;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// Does SNS really deliver to one subscription? A pending one receives nothing (and SNS deletes it 48 hours after it
/// was requested unless confirmed). An sqs endpoint needs a queue policy that lets sns.amazonaws.com send from this
/// topic, and, when the queue uses a KMS key, a key policy that lets SNS use it; a lambda endpoint needs a resource
/// policy that lets sns.amazonaws.com invoke it. Email, https and the rest need nothing more than confirmation.
/// </summary>
internal static partial class SubscriberDelivery
{
    private const string Sns = "sns.amazonaws.com";

    public static (Status Status, string Detail) Judge(SnsSubscription subscription, SnsTopic topic, AccountSnapshot snapshot)
    {
        var who = Shown(subscription);
        if (!subscription.IsConfirmed)
        {
            return (Status.Fail, $"{who} is pending confirmation and receives nothing; SNS deletes a subscription not confirmed within 48 hours of the request, so if it was requested earlier it has expired and must be requested again");
        }

        return subscription.Protocol switch
        {
            "sqs" => ToQueue(subscription.Endpoint, topic, snapshot),
            "lambda" => ToFunction(subscription.Endpoint, topic, snapshot),
            _ => (Status.Pass, $"{who} is confirmed"),
        };
    }

    /// <summary>protocol:endpoint, with any user-info or query string of a URL hidden (they may hold a token).</summary>
    public static string Shown(SnsSubscription s) => $"{s.Protocol}:{Query().Replace(UserInfo().Replace(s.Endpoint, "://REDACTED@"), "?REDACTED")}";

    private static (Status, string) ToQueue(string queueArn, SnsTopic topic, AccountSnapshot snapshot)
    {
        var region = ArnParts.TryParse(queueArn, out var arn) ? arn.Region : topic.Region;
        var queue = snapshot.Queues.FirstOrDefault(q => q.Arn == queueArn);
        if (queue is null)
        {
            var gap = snapshot.FindGap(Calls.GetQueueUrl, region, queueArn) ?? snapshot.FindGap(Calls.GetQueueAttributes, region, queueArn);
            return (Status.Unknown, $"could not read queue {queueArn}: {gap?.ToString() ?? $"{Calls.GetQueueAttributes} was not called"}");
        }

        if (!queue.Exists)
        {
            return (Status.Fail, $"sqs:{queueArn} does not exist, so nothing is delivered");
        }

        if (PolicyGrants.Allows(queue.Policy, Sns, ["sqs:SendMessage"], topic.Arn) != true)
        {
            var why = queue.Policy is null ? "has no access policy" : $"has an access policy that does not let {Sns} sqs:SendMessage from {topic.Arn}";
            return (Status.Fail, $"queue {queueArn} {why}, so SNS cannot deliver to it");
        }

        if (queue.KmsMasterKeyId is { Length: > 0 } keyId)
        {
            var (status, detail) = KeyAccess.Judge(keyId, queue.Region, Sns, $"queue {queueArn}", snapshot);
            if (status != Status.Pass)
            {
                return (status, detail);
            }
        }

        return (Status.Pass, $"sqs:{queueArn} is confirmed and its queue policy lets SNS send");
    }

    private static (Status, string) ToFunction(string functionArn, SnsTopic topic, AccountSnapshot snapshot)
    {
        var region = ArnParts.TryParse(functionArn, out var arn) ? arn.Region : topic.Region;
        var function = snapshot.Functions.FirstOrDefault(f => f.Arn == functionArn);
        if (function is null)
        {
            var gap = snapshot.FindGap(Calls.GetPolicy, region, functionArn);
            return (Status.Unknown, $"could not read the resource policy of {functionArn}: {gap?.ToString() ?? $"{Calls.GetPolicy} was not called"}");
        }

        if (function.Policy is null)
        {
            return (Status.Fail, $"function {functionArn} has no resource policy (or no longer exists), so SNS cannot invoke it");
        }

        return PolicyGrants.Allows(function.Policy, Sns, ["lambda:InvokeFunction"], topic.Arn) == true
            ? (Status.Pass, $"lambda:{functionArn} is confirmed and its resource policy lets SNS invoke it")
            : (Status.Fail, $"the resource policy of {functionArn} does not let {Sns} lambda:InvokeFunction from {topic.Arn}, so SNS cannot invoke it");
    }

    [GeneratedRegex(@"://[^/?#\s@]*@")]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"\?.*$")]
    private static partial Regex Query();
}
