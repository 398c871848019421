using System.Text.Json.Nodes;
using TrailAlarm.Testing;
using TrailAlarm.Testing.AwsRules;

namespace TrailAlarm.Aws.Tests.AwsRules;

/// <summary>PutMetricFilter through the AWS-rules proxy: replace by name, 100 filters per log group.</summary>
[Collection(MotoCollection.Name)]
public class MetricFilterRuleTests(MotoServer moto)
{
    private const string Logs = "Logs_20140328";

    private static JsonObject Filter(string name, string pattern, JsonObject? extra = null)
    {
        var filter = new JsonObject
        {
            ["logGroupName"] = "trail",
            ["filterName"] = name,
            ["filterPattern"] = pattern,
            ["metricTransformations"] = new JsonArray(new JsonObject { ["metricName"] = name, ["metricNamespace"] = "CIS", ["metricValue"] = "1" }),
        };
        foreach (var (key, value) in extra ?? [])
        {
            filter[key] = value?.DeepClone();
        }

        return filter;
    }

    private static async Task<JsonArray> FiltersAsync(RawAwsClient aws)
        => (JsonArray)(await aws.JsonAsync("logs", Logs, "DescribeMetricFilters", new JsonObject { ["logGroupName"] = "trail" })).Body["metricFilters"]!;

    private static async Task<RawAwsClient> AccountWithLogGroupAsync(Uri endpoint)
    {
        var aws = new RawAwsClient(endpoint, MotoServer.NewAccountId());
        Assert.Equal(200, (await aws.JsonAsync("logs", Logs, "CreateLogGroup", new JsonObject { ["logGroupName"] = "trail" })).Status);
        return aws;
    }

    [Fact]
    public async Task A_put_with_an_existing_name_replaces_the_filter_where_moto_alone_keeps_both()
    {
        using var rules = await AccountWithLogGroupAsync(moto.RulesEndpoint);
        using var raw = await AccountWithLogGroupAsync(moto.Endpoint);
        foreach (var aws in new[] { rules, raw })
        {
            await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter("changes", "{ $.eventName = StopLogging }"));
            Assert.Equal(200, (await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter("changes", "{ $.eventName = DeleteTrail }"))).Status);
        }

        var replaced = Assert.Single(await FiltersAsync(rules));
        Assert.Equal("{ $.eventName = DeleteTrail }", replaced!["filterPattern"]!.GetValue<string>());
        Assert.Equal(2, (await FiltersAsync(raw)).Count);
    }

    [Fact]
    public async Task The_101st_filter_of_a_log_group_is_refused_but_the_100th_can_still_be_replaced()
    {
        using var aws = await AccountWithLogGroupAsync(moto.RulesEndpoint);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(200, (await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter($"f{i:D3}", "{ $.eventName = StopLogging }"))).Status);
        }

        var refused = await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter("f100", "{ $.eventName = StopLogging }"));
        var replaced = await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter("f099", "{ $.eventName = DeleteTrail }"));

        Assert.Equal(400, refused.Status);
        Assert.Equal("LimitExceededException", refused.Body["__type"]!.GetValue<string>());
        Assert.Equal(200, replaced.Status);
        Assert.Equal(100, (await FiltersAsync(aws)).Count);
    }

    [Fact]
    public async Task Fields_moto_forgets_are_returned_as_aws_returns_them()
    {
        using var aws = await AccountWithLogGroupAsync(moto.RulesEndpoint);
        await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter("changes", "{ $.eventName = StopLogging }", new JsonObject { ["applyOnTransformedLogs"] = true }));

        var filter = Assert.Single(await FiltersAsync(aws))!;

        Assert.True(filter["applyOnTransformedLogs"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_refused_replacement_leaves_the_old_filter_in_place()
    {
        using var aws = await AccountWithLogGroupAsync(moto.RulesEndpoint);
        await aws.JsonAsync("logs", Logs, "PutMetricFilter", Filter("changes", "{ $.eventName = StopLogging }"));
        var bad = Filter("changes", "{ $.eventName = DeleteTrail }");
        bad["metricTransformations"] = new JsonArray();

        var refused = await aws.JsonAsync("logs", Logs, "PutMetricFilter", bad);

        Assert.NotEqual(200, refused.Status);
        var kept = Assert.Single(await FiltersAsync(aws))!;
        Assert.Equal("{ $.eventName = StopLogging }", kept["filterPattern"]!.GetValue<string>());
    }
}
