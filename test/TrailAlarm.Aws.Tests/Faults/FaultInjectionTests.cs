using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.CloudWatch;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Aws.Sns;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Faults;

[Collection(MotoCollection.Name)]
public class FaultInjectionTests(MotoServer moto)
{
    // Out of every six requests: throttle, 503, drop, delay, forward, forward. At most three failures in a row,
    // fewer than the five retries a call may make.
    private static readonly Fault[] Pattern = [Fault.Throttle, Fault.Unavailable, Fault.Drop, Fault.Delay, Fault.Forward, Fault.Forward];

    [Fact]
    public async Task Every_read_returns_the_same_data_through_throttling_503s_dropped_connections_and_delays()
    {
        var account = MotoServer.NewAccountId();
        using var direct = await AwsSession.CreateAsync(MotoAws.Settings(moto.Endpoint, account));
        var seeded = await SeedAsync(direct, account);
        using var proxy = new FaultProxy(moto.Endpoint, (n, _) => Pattern[n % Pattern.Length]);
        using var faulty = await AwsSession.CreateAsync(MotoAws.Settings(proxy.Endpoint, account) with { MaxAttempts = 6 });

        var trails = await faulty.CloudTrail().DescribeAllTrailsAsync();
        var status = await faulty.CloudTrail().GetTrailStatusAsync(new("audited"));
        var filters = await faulty.Logs().DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { LogGroupName = "trail" });
        var groups = await faulty.Logs().DescribeAllLogGroupsAsync(new DescribeLogGroupsRequest { Limit = 2 });
        var alarms = await faulty.CloudWatch().DescribeAllMetricAlarmsAsync();
        var subscriptions = await faulty.Sns().ListAllSubscriptionsByTopicAsync(seeded.TopicArn);
        var topics = await faulty.Sns().ListAllTopicsAsync();
        var recorders = await faulty.Config().DescribeConfigurationRecordersAsync();

        Assert.Equal("audited", Assert.Single(trails).Name);
        Assert.True(status.IsLogging);
        Assert.Equal(seeded.Pattern, Assert.Single(filters).FilterPattern);
        Assert.Equal(seeded.LogGroups, groups.Select(g => g.LogGroupName!).ToList());
        Assert.Equal([seeded.TopicArn], Assert.Single(alarms).AlarmActions);
        Assert.Equal("sec@example.com", Assert.Single(subscriptions).Endpoint);
        Assert.Equal([seeded.TopicArn], topics.Select(t => t.TopicArn));
        Assert.Empty(recorders.ConfigurationRecorders);

        var kinds = proxy.Seen.GroupBy(r => r.Fault).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<Fault>(), f => Assert.True(kinds.GetValueOrDefault(f) > 0, $"no {f} injected"));
        Assert.True(proxy.Seen.Count >= 2 * 9, $"only {proxy.Seen.Count} requests for 9+ calls: faults were not retried");
    }

    [Fact]
    public async Task A_write_whose_connection_drops_is_not_sent_again()
    {
        var account = MotoServer.NewAccountId();
        using var proxy = new FaultProxy(moto.Endpoint, (_, op) => op == "PutMetricFilter" ? Fault.Drop : Fault.Forward);
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(proxy.Endpoint, account) with { MaxAttempts = 6 });

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Logs().PutMetricFilterAsync(new PutMetricFilterRequest
        {
            LogGroupName = "g",
            FilterName = "f",
            FilterPattern = "x",
            MetricTransformations = [new MetricTransformation { MetricName = "m", MetricNamespace = "n", MetricValue = "1" }],
        }));

        Assert.Equal(AwsErrorKind.Unavailable, error.Kind);
        Assert.Equal(0, error.HttpStatus);
        Assert.Single(proxy.Seen, r => r.Operation == "PutMetricFilter");
    }

    [Fact]
    public async Task A_read_that_is_always_throttled_ends_as_throttled_after_the_attempt_budget()
    {
        var account = MotoServer.NewAccountId();
        using var proxy = new FaultProxy(moto.Endpoint, (_, _) => Fault.Throttle);
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(proxy.Endpoint, account) with { MaxAttempts = 3 });

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().DescribeAllTrailsAsync());

        Assert.Equal(AwsErrorKind.Throttled, error.Kind);
        Assert.Equal("ThrottlingException", error.Code);
        Assert.Equal(3, proxy.Seen.Count);
    }

    [Fact]
    public async Task A_call_that_outlives_its_time_bound_fails_as_unavailable()
    {
        var account = MotoServer.NewAccountId();
        using var proxy = new FaultProxy(moto.Endpoint, (_, _) => Fault.Delay) { DelayBy = TimeSpan.FromSeconds(30) };
        var settings = MotoAws.Settings(proxy.Endpoint, account) with { MaxCallTime = TimeSpan.FromSeconds(1) };
        using var session = await AwsSession.CreateAsync(settings);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().DescribeAllTrailsAsync());

        Assert.Equal(AwsErrorKind.Unavailable, error.Kind);
        Assert.Equal("Timeout", error.Code);
    }

    [Fact]
    public async Task No_more_calls_are_in_flight_than_the_session_allows()
    {
        var account = MotoServer.NewAccountId();
        using var proxy = new FaultProxy(moto.Endpoint, (_, _) => Fault.Delay) { DelayBy = TimeSpan.FromMilliseconds(300) };
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(proxy.Endpoint, account) with { MaxConcurrency = 2 });
        string[] regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-south-1", "sa-east-1"];

        var results = await Task.WhenAll(regions.Select(r => session.CloudTrail(r).DescribeAllTrailsAsync()));

        // Unbounded, six 300 ms calls started together overlap; the gate must keep them to two at a time.
        Assert.All(results, Assert.Empty);
        Assert.True(proxy.Seen.Count >= regions.Length);
        Assert.InRange(proxy.MaxInFlight, 1, 2);
    }

    private static async Task<Seeded> SeedAsync(AwsSession session, string account)
    {
        var bucket = "faults-" + account;
        await session.S3().CreateBucketAsync(bucket);
        await session.CloudTrail().CreateTrailAsync(new TrailSettings { Name = "audited", S3BucketName = bucket, IsMultiRegionTrail = true, IncludeGlobalServiceEvents = true });
        await session.CloudTrail().StartLoggingAsync(new("audited"));
        var groups = new List<string> { "a-group", "b-group", "c-group", "trail" };
        foreach (var g in groups)
        {
            await session.Logs().CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = g });
        }

        const string pattern = "{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) }";
        await session.Logs().PutMetricFilterAsync(new PutMetricFilterRequest
        {
            LogGroupName = "trail",
            FilterName = "trail-changes",
            FilterPattern = pattern,
            MetricTransformations = [new MetricTransformation { MetricName = "TrailChanges", MetricNamespace = "CIS", MetricValue = "1" }],
        });
        var topic = (await session.Sns().CreateTopicAsync(new CreateTopicRequest { Name = "alerts" })).TopicArn!;
        await session.Sns().SubscribeAsync(new SubscribeRequest { TopicArn = topic, Protocol = "email", Endpoint = "sec@example.com" });
        await session.CloudWatch().PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = "trail-changes",
            MetricName = "TrailChanges",
            Namespace = "CIS",
            Statistic = "Sum",
            Period = 300,
            EvaluationPeriods = 1,
            Threshold = 1,
            ComparisonOperator = "GreaterThanOrEqualToThreshold",
            AlarmActions = [topic],
        });
        return new Seeded(topic, pattern, groups);
    }

    private sealed record Seeded(string TopicArn, string Pattern, List<string> LogGroups);
}
