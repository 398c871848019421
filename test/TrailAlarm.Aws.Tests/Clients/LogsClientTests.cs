using TrailAlarm.Aws.Logs;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class LogsClientTests(MotoServer moto)
{
    private static MetricTransformation Counter(string name) => new() { MetricName = name, MetricNamespace = "CISBenchmark", MetricValue = "1" };

    [Fact]
    public async Task Log_groups_are_listed_across_pages()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var logs = session.Logs();
        var expected = Enumerable.Range(0, 7).Select(i => $"/trail/group-{i:D2}").ToList();
        foreach (var name in expected)
        {
            await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = name });
        }

        var firstPage = await logs.DescribeLogGroupsAsync(new DescribeLogGroupsRequest { Limit = 3 });
        var all = await logs.DescribeAllLogGroupsAsync(new DescribeLogGroupsRequest { Limit = 3 });

        Assert.Equal(3, firstPage.LogGroups.Count);
        Assert.NotNull(firstPage.NextToken);
        Assert.Equal(expected, all.Select(g => g.LogGroupName!).ToList());
        Assert.All(all, g => Assert.StartsWith("arn:aws:logs:us-east-1:", g.Arn));
    }

    [Fact]
    public async Task Metric_filter_is_stored_with_its_pattern_and_transformation_then_deleted()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var logs = session.Logs("eu-west-1");
        await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail" });
        const string pattern = "{ ($.eventName = CreateTrail) || ($.eventName = StopLogging) }";
        await logs.PutMetricFilterAsync(new PutMetricFilterRequest
        {
            LogGroupName = "trail",
            FilterName = "cloudtrail-changes",
            FilterPattern = pattern,
            MetricTransformations = [Counter("CloudTrailChanges")],
        });

        var filter = Assert.Single(await logs.DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { LogGroupName = "trail" }));
        Assert.Equal(pattern, filter.FilterPattern);
        Assert.Equal("CloudTrailChanges", Assert.Single(filter.MetricTransformations).MetricName);
        Assert.Equal("1", filter.MetricTransformations[0].MetricValue);
        Assert.Empty(await session.Logs("us-east-1").DescribeAllMetricFiltersAsync());

        await logs.DeleteMetricFilterAsync(new("trail", "cloudtrail-changes"));
        Assert.Empty(await logs.DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { LogGroupName = "trail" }));
    }

    [Fact]
    public async Task Metric_filters_are_found_by_metric_name_and_namespace()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var logs = session.Logs();
        for (var i = 0; i < 4; i++)
        {
            await logs.PutMetricFilterAsync(new PutMetricFilterRequest
            {
                LogGroupName = "g",
                FilterName = $"f{i}",
                FilterPattern = "ERROR",
                MetricTransformations = [Counter(i % 2 == 0 ? "Even" : "Odd")],
            });
        }

        var even = await logs.DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest { MetricName = "Even", MetricNamespace = "CISBenchmark" });

        Assert.Equal(["f0", "f2"], even.Select(f => f.FilterName).Order().ToList());
    }

    [Fact]
    public async Task Deleting_a_missing_log_group_is_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Logs().DeleteLogGroupAsync(new("absent")));

        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("ResourceNotFoundException", error.Code);
        Assert.Equal("logs:DeleteLogGroup", error.Call);
    }

    [Fact]
    public async Task Creating_a_log_group_twice_is_an_already_exists_error()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        await session.Logs().CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "dup" });

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Logs().CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "dup" }));

        Assert.Equal("ResourceAlreadyExistsException", error.Code);
        Assert.Equal(AwsErrorKind.Other, error.Kind);
    }

    [Fact]
    public async Task Filter_log_events_pages_through_every_matching_event()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var logs = session.Logs();
        await logs.CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "events" });
        await logs.CreateLogStreamAsync(new("events", "s1"));
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 60_000;
        var batch = Enumerable.Range(0, 12).Select(i => new InputLogEvent(start + i, i % 3 == 0 ? $"StopLogging {i}" : $"GetObject {i}")).ToList();
        await logs.PutLogEventsAsync(new PutLogEventsRequest { LogGroupName = "events", LogStreamName = "s1", LogEvents = batch });

        var all = await logs.FilterAllLogEventsAsync(new FilterLogEventsRequest { LogGroupName = "events", Limit = 2 });
        var stops = await logs.FilterAllLogEventsAsync(new FilterLogEventsRequest { LogGroupName = "events", FilterPattern = "StopLogging", Limit = 2 });

        Assert.Equal(12, all.Count);
        Assert.Equal(["StopLogging 0", "StopLogging 3", "StopLogging 6", "StopLogging 9"], stops.Select(e => e.Message).ToList());
    }

    [Fact]
    public async Task Test_metric_filter_that_the_emulator_lacks_is_reported_as_unavailable_not_as_a_verdict()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Logs().TestMetricFilterAsync(new("{ $.eventName = X }", ["{}"])));

        Assert.Equal(500, error.HttpStatus);
        Assert.Equal(AwsErrorKind.Unavailable, error.Kind);
    }
}
