using TrailAlarm.Aws.Logs;
using TrailAlarm.Aws.Sns;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.AwsRules;

/// <summary>The clients retry and classify errors as AWS documents them, seen through the AWS-rules proxy.</summary>
[Collection(MotoCollection.Name)]
public class RetryClassTests(MotoServer moto)
{
    [Fact]
    public async Task Sns_http_429_Throttled_is_retried_until_it_succeeds()
    {
        var account = MotoServer.NewAccountId();
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(moto.RulesEndpoint, account) with { MaxAttempts = 3 });
        moto.Rules.ForAccount(account).ThrottleSns(2);

        var created = await session.Sns().CreateTopicAsync(new CreateTopicRequest { Name = "alerts" });

        Assert.EndsWith(":alerts", created.TopicArn, StringComparison.Ordinal);
        Assert.Equal([429, 429, 200], moto.Rules.Calls(account).Where(c => c.Service == "sns").Select(c => c.Status));
    }

    [Fact]
    public async Task Sns_throttling_beyond_the_attempts_is_reported_as_Throttled()
    {
        var account = MotoServer.NewAccountId();
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(moto.RulesEndpoint, account) with { MaxAttempts = 2 });
        moto.Rules.ForAccount(account).ThrottleSns(5);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Sns().ListTopicsAsync());

        Assert.Equal(AwsErrorKind.Throttled, error.Kind);
        Assert.Equal("Throttled", error.Code);
    }

    [Fact]
    public async Task The_metric_filter_limit_is_not_retried_and_is_reported_as_LimitExceededException()
    {
        var account = MotoServer.NewAccountId();
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(moto.RulesEndpoint, account) with { MaxAttempts = 3 });
        var logs = session.Logs();
        await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail" });
        PutMetricFilterRequest Filter(int i) => new()
        {
            LogGroupName = "trail",
            FilterName = $"f{i:D3}",
            FilterPattern = "{ $.eventName = StopLogging }",
            MetricTransformations = [new MetricTransformation { MetricName = $"m{i}", MetricNamespace = "CIS", MetricValue = "1" }],
        };
        for (var i = 0; i < 100; i++)
        {
            await logs.PutMetricFilterAsync(Filter(i));
        }

        var error = await Assert.ThrowsAsync<AwsApiException>(() => logs.PutMetricFilterAsync(Filter(100)));

        Assert.Equal("LimitExceededException", error.Code);
        Assert.NotEqual(AwsErrorKind.Throttled, error.Kind);
        Assert.Equal(101, moto.Rules.Calls(account).Count(c => c.Operation == "PutMetricFilter"));
    }
}
