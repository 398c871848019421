using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

/// <summary>The subscriber step: confirmed is not enough for sqs and lambda endpoints; pending ones are named.</summary>
public class SubscriberDeliveryTests
{
    private const string Topic = "arn:aws:sns:us-east-1:111122223333:trail-alerts";
    private const string Queue = "arn:aws:sqs:us-east-1:111122223333:alerts";
    private const string Function = "arn:aws:lambda:us-east-1:111122223333:function:pager";

    private static readonly string QueuePolicy = Allow("sqs:SendMessage", Queue, Topic);
    private static readonly string FunctionPolicy = Allow("lambda:InvokeFunction", Function, Topic);

    private static string Allow(string action, string resource, string source) =>
        $$"""{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"{{action}}","Resource":"{{resource}}","Condition":{"ArnEquals":{"aws:SourceArn":"{{source}}"}""" + "}}]}";

    private static AccountSnapshot Only(params SnsSubscription[] subscriptions) => Compliant.WithTopic(t => t with { Subscriptions = subscriptions });

    private static SnsSubscription Confirmed(string protocol, string endpoint) => new() { SubscriptionArn = Topic + ":" + Guid.NewGuid(), Protocol = protocol, Endpoint = endpoint };

    private static Step Subscriber(AccountSnapshot snapshot) => Audit(snapshot).StepNamed("subscriber");

    [Fact]
    public void A_queue_whose_policy_lets_this_topic_send_receives_the_alarm()
    {
        var snapshot = Only(Confirmed("sqs", Queue)) with { Queues = [new QueueSubscriber { Arn = Queue, Region = "us-east-1", Policy = QueuePolicy }] };
        Assert.Equal(Status.Pass, Subscriber(snapshot).Status);
        Assert.Equal(Status.Pass, Audit(snapshot).Status);
    }

    [Fact]
    public void A_confirmed_queue_without_a_policy_fails()
    {
        var step = Subscriber(Only(Confirmed("sqs", Queue)) with { Queues = [new QueueSubscriber { Arn = Queue, Region = "us-east-1" }] });
        Assert.Equal(Status.Fail, step.Status);
        Assert.Contains("has no access policy", step.Detail);
    }

    [Fact]
    public void A_queue_policy_for_another_topic_fails()
    {
        var policy = Allow("sqs:SendMessage", Queue, "arn:aws:sns:us-east-1:111122223333:other-topic");
        var step = Subscriber(Only(Confirmed("sqs", Queue)) with { Queues = [new QueueSubscriber { Arn = Queue, Region = "us-east-1", Policy = policy }] });
        Assert.Equal(Status.Fail, step.Status);
        Assert.Contains("does not let sns.amazonaws.com sqs:SendMessage", step.Detail);
    }

    [Fact]
    public void A_queue_that_does_not_exist_fails_and_one_that_could_not_be_read_is_unknown()
    {
        var missing = Subscriber(Only(Confirmed("sqs", Queue)) with { Queues = [new QueueSubscriber { Arn = Queue, Region = "us-east-1", Exists = false }] });
        Assert.Equal(Status.Fail, missing.Status);
        Assert.Contains("does not exist", missing.Detail);

        var denied = Subscriber(Only(Confirmed("sqs", Queue)) with { Gaps = [new Gap("sqs:GetQueueAttributes", "us-east-1", "AccessDenied", "no", Queue)] });
        Assert.Equal(Status.Unknown, denied.Status);
        Assert.Contains("sqs:GetQueueAttributes", denied.Detail);
    }

    [Theory]
    [InlineData(null, Status.Fail)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*"}]}""", Status.Pass)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""", Status.Fail)]
    public void An_encrypted_queue_also_needs_its_key_to_let_SNS_in(string? keyPolicy, Status expected)
    {
        const string keyId = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var keys = keyPolicy is null ? Array.Empty<KmsKey>() : [new KmsKey { KeyId = keyId, Region = "us-east-1", Policy = keyPolicy }];
        var snapshot = Only(Confirmed("sqs", Queue)) with
        {
            Queues = [new QueueSubscriber { Arn = Queue, Region = "us-east-1", Policy = QueuePolicy, KmsMasterKeyId = keyPolicy is null ? "alias/aws/sqs" : keyId }],
            KmsKeys = keys,
        };
        Assert.Equal(expected, Subscriber(snapshot).Status);
    }

    [Fact]
    public void A_function_SNS_may_invoke_receives_the_alarm_and_one_without_a_policy_does_not()
    {
        var allowed = Only(Confirmed("lambda", Function)) with { Functions = [new FunctionSubscriber { Arn = Function, Region = "us-east-1", Policy = FunctionPolicy }] };
        Assert.Equal(Status.Pass, Subscriber(allowed).Status);

        var none = Subscriber(Only(Confirmed("lambda", Function)) with { Functions = [new FunctionSubscriber { Arn = Function, Region = "us-east-1" }] });
        Assert.Equal(Status.Fail, none.Status);
        Assert.Contains("no resource policy", none.Detail);

        var other = Allow("lambda:InvokeFunction", Function, "arn:aws:sns:us-east-1:111122223333:other-topic");
        Assert.Equal(Status.Fail, Subscriber(Only(Confirmed("lambda", Function)) with { Functions = [new FunctionSubscriber { Arn = Function, Region = "us-east-1", Policy = other }] }).Status);
    }

    [Fact]
    public void A_function_whose_policy_could_not_be_read_is_unknown_naming_the_call()
    {
        var step = Subscriber(Only(Confirmed("lambda", Function)) with { Gaps = [new Gap("lambda:GetPolicy", "us-east-1", "AccessDeniedException", "no", Function)] });
        Assert.Equal(Status.Unknown, step.Status);
        Assert.Contains("lambda:GetPolicy", step.Detail);
    }

    [Fact]
    public void One_delivering_subscriber_is_enough_and_the_others_are_named()
    {
        var snapshot = Only(Confirmed("sqs", Queue), Confirmed("email", "secops@example.com")) with { Queues = [new QueueSubscriber { Arn = Queue, Region = "us-east-1" }] };
        var step = Subscriber(snapshot);
        Assert.Equal(Status.Pass, step.Status);
        Assert.Contains("1 other(s) receive nothing", step.Detail);
    }

    [Fact]
    public void Unknown_beats_fail_when_nothing_is_known_to_deliver()
    {
        var snapshot = Only(Confirmed("sqs", Queue), new SnsSubscription { SubscriptionArn = "PendingConfirmation", Protocol = "email", Endpoint = "a@example.com" }) with
        {
            Gaps = [new Gap("sqs:GetQueueUrl", "us-east-1", "AccessDenied", "no", Queue)],
        };
        Assert.Equal(Status.Unknown, Subscriber(snapshot).Status);
    }

    [Fact]
    public void A_pending_subscription_is_named_with_the_48_hour_expiry_and_its_url_secrets_hidden()
    {
        var step = Subscriber(Only(new SnsSubscription { SubscriptionArn = "PendingConfirmation", Protocol = "https", Endpoint = "https://bot:pa55@hooks.example.com/x?token=t0k" }));
        Assert.Equal(Status.Fail, step.Status);
        Assert.Contains("https:https://REDACTED@hooks.example.com/x?REDACTED is pending confirmation", step.Detail);
        Assert.Contains("48 hours", step.Detail);
        Assert.DoesNotContain("pa55", step.Detail);
        Assert.DoesNotContain("t0k", step.Detail);
    }

    [Fact]
    public void A_confirmed_https_endpoint_needs_no_resource_policy()
        => Assert.Equal(Status.Pass, Subscriber(Only(Confirmed("https", "https://hooks.example.com/alarm"))).Status);
}
