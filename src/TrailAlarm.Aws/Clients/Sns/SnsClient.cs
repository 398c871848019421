using System.Xml.Linq;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Sns;

/// <summary>Amazon SNS (awsQuery). Each operation: its form parameters and how to read its XML result.</summary>
public sealed class SnsClient : AwsServiceClient
{
    internal SnsClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<ListTopicsResponse> ListTopicsAsync(string? nextToken = null, CancellationToken cancellationToken = default)
        => QueryAsync("ListTopics", nextToken, (t, q) => q.Add("NextToken", t), x => new ListTopicsResponse
        {
            Topics = x.Members("Topics").Select(m => new Topic(m.Child("TopicArn") ?? string.Empty)).ToList(),
            NextToken = x.Child("NextToken"),
        }, cancellationToken);

    public Task<CreateTopicResponse> CreateTopicAsync(CreateTopicRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("CreateTopic", request, (r, q) => q
            .Add("Name", r.Name)
            .AddMap("Attributes", r.Attributes)
            .AddList("Tags", r.Tags, (t, w) => w.Add("Key", t.Key).Add("Value", t.Value)),
            x => new CreateTopicResponse { TopicArn = x.Child("TopicArn") }, cancellationToken);

    public Task<SnsEmptyResponse> DeleteTopicAsync(string topicArn, CancellationToken cancellationToken = default)
        => QueryAsync("DeleteTopic", topicArn, (t, q) => q.Add("TopicArn", t), _ => new SnsEmptyResponse(), cancellationToken);

    public Task<TopicAttributesResponse> GetTopicAttributesAsync(string topicArn, CancellationToken cancellationToken = default)
        => QueryAsync("GetTopicAttributes", topicArn, (t, q) => q.Add("TopicArn", t),
            x => new TopicAttributesResponse { Attributes = x.Map("Attributes") }, cancellationToken);

    public Task<SnsEmptyResponse> SetTopicAttributesAsync(SetTopicAttributesRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("SetTopicAttributes", request, (r, q) => q
            .Add("TopicArn", r.TopicArn).Add("AttributeName", r.AttributeName).Add("AttributeValue", r.AttributeValue),
            _ => new SnsEmptyResponse(), cancellationToken);

    public Task<SubscribeResponse> SubscribeAsync(SubscribeRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("Subscribe", request, (r, q) => q
            .Add("TopicArn", r.TopicArn).Add("Protocol", r.Protocol).Add("Endpoint", r.Endpoint)
            .AddMap("Attributes", r.Attributes).Add("ReturnSubscriptionArn", r.ReturnSubscriptionArn),
            x => new SubscribeResponse { SubscriptionArn = x.Child("SubscriptionArn") }, cancellationToken);

    /// <summary>A subscription's attributes; PendingConfirmation is "true" until its owner confirms it.</summary>
    public Task<TopicAttributesResponse> GetSubscriptionAttributesAsync(string subscriptionArn, CancellationToken cancellationToken = default)
        => QueryAsync("GetSubscriptionAttributes", subscriptionArn, (s, q) => q.Add("SubscriptionArn", s),
            x => new TopicAttributesResponse { Attributes = x.Map("Attributes") }, cancellationToken);

    public Task<SnsEmptyResponse> UnsubscribeAsync(string subscriptionArn, CancellationToken cancellationToken = default)
        => QueryAsync("Unsubscribe", subscriptionArn, (s, q) => q.Add("SubscriptionArn", s), _ => new SnsEmptyResponse(), cancellationToken);

    public Task<ListSubscriptionsResponse> ListSubscriptionsByTopicAsync(string topicArn, string? nextToken = null, CancellationToken cancellationToken = default)
        => QueryAsync("ListSubscriptionsByTopic", (topicArn, nextToken), (r, q) => q.Add("TopicArn", r.topicArn).Add("NextToken", r.nextToken),
            ReadSubscriptions, cancellationToken);

    public Task<ListSubscriptionsResponse> ListSubscriptionsAsync(string? nextToken = null, CancellationToken cancellationToken = default)
        => QueryAsync("ListSubscriptions", nextToken, (t, q) => q.Add("NextToken", t), ReadSubscriptions, cancellationToken);

    public Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default)
        => QueryAsync("Publish", request, (r, q) => q.Add("TopicArn", r.TopicArn).Add("Message", r.Message).Add("Subject", r.Subject),
            x => new PublishResponse { MessageId = x.Child("MessageId") }, cancellationToken);

    public Task<IReadOnlyList<Topic>> ListAllTopicsAsync(CancellationToken cancellationToken = default)
        => AllPagesAsync("ListTopics", ListTopicsAsync, page => page.Topics, page => page.NextToken, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListAllSubscriptionsByTopicAsync(string topicArn, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "ListSubscriptionsByTopic",
            (token, ct) => ListSubscriptionsByTopicAsync(topicArn, token, ct),
            page => page.Subscriptions,
            page => page.NextToken,
            cancellationToken);

    private static ListSubscriptionsResponse ReadSubscriptions(XElement x) => new()
    {
        Subscriptions = x.Members("Subscriptions").Select(m => new Subscription
        {
            SubscriptionArn = m.Child("SubscriptionArn"),
            Owner = m.Child("Owner"),
            Protocol = m.Child("Protocol"),
            Endpoint = m.Child("Endpoint"),
            TopicArn = m.Child("TopicArn"),
        }).ToList(),
        NextToken = x.Child("NextToken"),
    };
}
