namespace TrailAlarm.Aws.Sns;

// Shapes from botocore sns/2010-03-31 (awsQuery: form in, XML out).

public sealed record Topic(string TopicArn);

public sealed record ListTopicsResponse
{
    public IReadOnlyList<Topic> Topics { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record SnsTag(string Key, string Value);

public sealed record CreateTopicRequest
{
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    public IReadOnlyList<SnsTag>? Tags { get; init; }
}

public sealed record CreateTopicResponse
{
    public string? TopicArn { get; init; }
}

public sealed record TopicAttributesResponse
{
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}

public sealed record SetTopicAttributesRequest(string TopicArn, string AttributeName, string? AttributeValue);

public sealed record SubscribeRequest
{
    public required string TopicArn { get; init; }
    public required string Protocol { get; init; }
    public string? Endpoint { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    public bool? ReturnSubscriptionArn { get; init; }
}

public sealed record SubscribeResponse
{
    /// <summary>The subscription's ARN, or "pending confirmation" until the endpoint confirms.</summary>
    public string? SubscriptionArn { get; init; }
}

public sealed record Subscription
{
    /// <summary>"PendingConfirmation" (or "pending confirmation") for an unconfirmed subscription, else its ARN.</summary>
    public string? SubscriptionArn { get; init; }
    public string? Owner { get; init; }
    public string? Protocol { get; init; }
    public string? Endpoint { get; init; }
    public string? TopicArn { get; init; }

    /// <summary>True unless SNS says the subscription still waits for its endpoint to confirm.</summary>
    public bool IsConfirmed => SubscriptionArn is { } arn && arn.StartsWith("arn:", StringComparison.Ordinal);
}

public sealed record ListSubscriptionsResponse
{
    public IReadOnlyList<Subscription> Subscriptions { get; init; } = [];
    public string? NextToken { get; init; }
}

public sealed record PublishRequest
{
    public string? TopicArn { get; init; }
    public required string Message { get; init; }
    public string? Subject { get; init; }
}

public sealed record PublishResponse
{
    public string? MessageId { get; init; }
}

public sealed record SnsEmptyResponse;
