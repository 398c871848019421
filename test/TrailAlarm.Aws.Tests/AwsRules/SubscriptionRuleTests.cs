using System.Xml.Linq;
using TrailAlarm.Testing;
using TrailAlarm.Testing.AwsRules;

namespace TrailAlarm.Aws.Tests.AwsRules;

/// <summary>Email and http(s) subscriptions through the AWS-rules proxy stay pending until confirmed.</summary>
[Collection(MotoCollection.Name)]
public class SubscriptionRuleTests(MotoServer moto)
{
    private const string Sns = "2010-03-31";

    private static async Task<(RawAwsClient Aws, string Topic)> TopicAsync(Uri endpoint)
    {
        var aws = new RawAwsClient(endpoint, MotoServer.NewAccountId());
        var topic = RawAwsClient.Find((await aws.QueryAsync("sns", Sns, "CreateTopic", ("Name", "alerts"))).Body, "TopicArn")!;
        return (aws, topic);
    }

    private static async Task<XElement> AttributesAsync(RawAwsClient aws, string arn)
        => (await aws.QueryAsync("sns", Sns, "GetSubscriptionAttributes", ("SubscriptionArn", arn))).Body;

    private static string? Attribute(XElement attributes, string key)
        => attributes.Descendants().Where(e => e.Name.LocalName == "entry")
            .FirstOrDefault(e => e.Elements().Any(k => k.Name.LocalName == "key" && k.Value == key))?
            .Elements().First(v => v.Name.LocalName == "value").Value;

    [Fact]
    public async Task An_email_subscription_is_pending_until_confirmed()
    {
        var (aws, topic) = await TopicAsync(moto.RulesEndpoint);
        using var _ = aws;

        var withoutArn = await aws.QueryAsync("sns", Sns, "Subscribe", ("TopicArn", topic), ("Protocol", "email"), ("Endpoint", "a@example.com"));
        var withArn = await aws.QueryAsync("sns", Sns, "Subscribe", ("TopicArn", topic), ("Protocol", "https"), ("Endpoint", "https://hooks.example.com/x"), ("ReturnSubscriptionArn", "true"));
        var arn = RawAwsClient.Find(withArn.Body, "SubscriptionArn")!;
        var listed = await aws.QueryAsync("sns", Sns, "ListSubscriptionsByTopic", ("TopicArn", topic));
        var attributes = await AttributesAsync(aws, arn);

        Assert.Equal("pending confirmation", RawAwsClient.Find(withoutArn.Body, "SubscriptionArn"));
        Assert.StartsWith(topic + ":", arn, StringComparison.Ordinal);
        Assert.All(listed.Body.Descendants().Where(e => e.Name.LocalName == "SubscriptionArn"), e => Assert.Equal("PendingConfirmation", e.Value));
        Assert.Equal("true", Attribute(attributes, "PendingConfirmation"));

        var confirmed = await aws.QueryAsync("sns", Sns, "ConfirmSubscription", ("TopicArn", topic), ("Token", PendingSubscriptions.TokenFor(arn)));

        Assert.Equal(arn, RawAwsClient.Find(confirmed.Body, "SubscriptionArn"));
        Assert.Equal("false", Attribute(await AttributesAsync(aws, arn), "PendingConfirmation"));
        var after = (await aws.QueryAsync("sns", Sns, "ListSubscriptionsByTopic", ("TopicArn", topic))).Body;
        Assert.Contains(after.Descendants().Where(e => e.Name.LocalName == "SubscriptionArn"), e => e.Value == arn);
    }

    [Fact]
    public async Task A_confirmed_subscription_shows_its_arn_everywhere()
    {
        var (aws, topic) = await TopicAsync(moto.RulesEndpoint);
        using var _ = aws;
        var arn = RawAwsClient.Find((await aws.QueryAsync("sns", Sns, "Subscribe", ("TopicArn", topic), ("Protocol", "email"), ("Endpoint", "a@example.com"), ("ReturnSubscriptionArn", "true"))).Body, "SubscriptionArn")!;

        moto.Rules.Subscriptions.Confirm(arn);

        var all = (await aws.QueryAsync("sns", Sns, "ListSubscriptions")).Body;
        Assert.Contains(all.Descendants().Where(e => e.Name.LocalName == "SubscriptionArn"), e => e.Value == arn);
    }

    [Fact]
    public async Task An_sqs_subscription_in_the_same_account_is_confirmed_at_once()
    {
        var (aws, topic) = await TopicAsync(moto.RulesEndpoint);
        using var _ = aws;
        var queue = topic.Replace(":sns:", ":sqs:", StringComparison.Ordinal).Replace(":alerts", ":q", StringComparison.Ordinal);

        var subscribed = await aws.QueryAsync("sns", Sns, "Subscribe", ("TopicArn", topic), ("Protocol", "sqs"), ("Endpoint", queue));

        Assert.StartsWith(topic + ":", RawAwsClient.Find(subscribed.Body, "SubscriptionArn"), StringComparison.Ordinal);
    }
}
