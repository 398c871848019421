using TrailAlarm.Remediation;
using Sns = TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// A subscriber of the alarm topic. With ReturnSubscriptionArn, AWS answers Subscribe with an ARN even while the
/// subscription waits for its owner's confirmation, so apply asks GetSubscriptionAttributes (PendingConfirmation).
/// </summary>
internal sealed class SubscriptionHandler(ApplyContext aws) : KindHandler(aws)
{
    public const string ArnOutcome = "subscriptionArn";
    public const string PendingOutcome = "pendingConfirmation";

    public override ResourceKind Kind => ResourceKinds.Subscription;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var topicArn = A(id, Attr.TopicArn);
        var subscriptions = await Aws.Gate.ReadAsync("sns:ListSubscriptionsByTopic", () => CallGate.OrNullWhenMissing(() => Aws.Session.Sns(region).ListAllSubscriptionsByTopicAsync(topicArn, ct))).ConfigureAwait(false);
        var match = subscriptions?.FirstOrDefault(s => s.Protocol == A(id, Attr.Protocol) && s.Endpoint == A(id, Attr.Endpoint));
        return match is null ? null : new ResourceState(new Dictionary<string, string>
        {
            [Attr.Region] = region, [Attr.TopicArn] = topicArn, [Attr.Protocol] = A(id, Attr.Protocol), [Attr.Endpoint] = A(id, Attr.Endpoint),
        }, match.SubscriptionArn);
    }

    public override bool IsDone(Change change, ResourceState current) => true;

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var sns = Aws.Session.Sns(change.Region);
        var subscribed = await Aws.Gate.MutateAsync("sns:Subscribe", () => sns.SubscribeAsync(new Sns.SubscribeRequest
        {
            TopicArn = change.Attribute(Attr.TopicArn), Protocol = change.Attribute(Attr.Protocol), Endpoint = change.Attribute(Attr.Endpoint), ReturnSubscriptionArn = true,
        }, ct), ct).ConfigureAwait(false);
        var arn = subscribed.SubscriptionArn ?? "";
        var pending = !arn.StartsWith("arn:", StringComparison.Ordinal) || await IsPendingAsync(sns, arn, ct).ConfigureAwait(false);
        return new() { [ArnOutcome] = arn, [PendingOutcome] = pending ? "true" : "false" };
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => current.Raw is { } arn && arn.StartsWith("arn:", StringComparison.Ordinal)
            ? Aws.Gate.MutateAsync("sns:Unsubscribe", () => Aws.Session.Sns(entry.Region).UnsubscribeAsync(arn, ct), ct)
            : Task.CompletedTask; // a pending subscription without an ARN cannot be removed; AWS drops it after three days

    private async Task<bool> IsPendingAsync(Sns.SnsClient sns, string arn, CancellationToken ct)
    {
        var attributes = await Aws.Gate.ReadAsync("sns:GetSubscriptionAttributes", () => CallGate.OrNullWhenMissing(() => sns.GetSubscriptionAttributesAsync(arn, ct))).ConfigureAwait(false);
        return attributes?.Attributes.TryGetValue("PendingConfirmation", out var value) == true && value == "true";
    }
}
