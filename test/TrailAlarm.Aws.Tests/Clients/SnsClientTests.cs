using TrailAlarm.Aws.Sns;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class SnsClientTests(MotoServer moto)
{
    [Fact]
    public async Task Topics_are_listed_across_pages()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var sns = session.Sns();
        var names = Enumerable.Range(0, 105).Select(i => $"topic-{i:D3}").ToList();
        foreach (var name in names)
        {
            await sns.CreateTopicAsync(new CreateTopicRequest { Name = name });
        }

        var first = await sns.ListTopicsAsync();
        var all = await sns.ListAllTopicsAsync();

        Assert.NotNull(first.NextToken);
        Assert.True(first.Topics.Count < names.Count);
        Assert.Equal(names.Select(n => $"arn:aws:sns:us-east-1:{account}:{n}"), all.Select(t => t.TopicArn).Order());
    }

    [Fact]
    public async Task Subscriptions_of_a_topic_are_listed_with_protocol_and_endpoint()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var sns = session.Sns();
        var topic = (await sns.CreateTopicAsync(new CreateTopicRequest { Name = "alerts" })).TopicArn!;
        var subscribed = await sns.SubscribeAsync(new SubscribeRequest { TopicArn = topic, Protocol = "email", Endpoint = "sec@example.com" });

        var subscription = Assert.Single(await sns.ListAllSubscriptionsByTopicAsync(topic));

        Assert.Equal(subscribed.SubscriptionArn, subscription.SubscriptionArn);
        Assert.Equal("email", subscription.Protocol);
        Assert.Equal("sec@example.com", subscription.Endpoint);
        Assert.Equal(topic, subscription.TopicArn);
    }

    [Fact]
    public async Task Unsubscribe_removes_the_subscription()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var sns = session.Sns();
        var topic = (await sns.CreateTopicAsync(new CreateTopicRequest { Name = "alerts" })).TopicArn!;
        var arn = (await sns.SubscribeAsync(new SubscribeRequest { TopicArn = topic, Protocol = "https", Endpoint = "https://hooks.example.com/x" })).SubscriptionArn!;

        await sns.UnsubscribeAsync(arn);

        Assert.Empty(await sns.ListAllSubscriptionsByTopicAsync(topic));
    }

    [Fact]
    public async Task Topic_attributes_round_trip_and_deleted_topic_is_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var sns = session.Sns("ap-southeast-2");
        var topic = (await sns.CreateTopicAsync(new CreateTopicRequest { Name = "attrs" })).TopicArn!;
        await sns.SetTopicAttributesAsync(new(topic, "DisplayName", "Trail & alarm <alerts>"));

        var attributes = (await sns.GetTopicAttributesAsync(topic)).Attributes;
        Assert.Equal("Trail & alarm <alerts>", attributes["DisplayName"]);
        Assert.Equal(topic, attributes["TopicArn"]);

        await sns.DeleteTopicAsync(topic);
        var error = await Assert.ThrowsAsync<AwsApiException>(() => sns.GetTopicAttributesAsync(topic));
        Assert.Equal("NotFound", error.Code);
        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal(404, error.HttpStatus);
        Assert.Equal("ap-southeast-2", error.Region);
    }

    [Fact]
    public async Task Publish_returns_a_message_id()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var sns = session.Sns();
        var topic = (await sns.CreateTopicAsync(new CreateTopicRequest { Name = "pub" })).TopicArn!;

        var published = await sns.PublishAsync(new PublishRequest { TopicArn = topic, Message = "hello", Subject = "test" });

        Assert.False(string.IsNullOrEmpty(published.MessageId));
    }

    [Fact]
    public async Task Listing_subscriptions_of_a_missing_topic_is_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Sns().ListAllSubscriptionsByTopicAsync($"arn:aws:sns:us-east-1:{account}:nope"));

        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("sns:ListSubscriptionsByTopic", error.Call);
    }
}
