using System.Text;
using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.Tests.Faults;

namespace TrailAlarm.Aws.Tests.Units;

/// <summary>Operations moto does not implement or never pages (LookupEvents, TestMetricFilter, subscriptions past
/// 100), against canned AWS-shaped answers on loopback.</summary>
public class CannedOperationTests
{
    [Fact]
    public async Task Lookup_events_sends_its_filters_and_walks_both_pages()
    {
        using var server = new CannedServer(request => HttpWire.Response(200, "application/x-amz-json-1.1",
            Encoding.UTF8.GetString(request.Body).Contains("\"NextToken\":\"page2\"", StringComparison.Ordinal)
                ? """{"Events":[{"EventId":"2","EventName":"DeleteTrail","EventTime":1795354300,"CloudTrailEvent":"{}"}]}"""
                : """{"Events":[{"EventId":"1","EventName":"StopLogging","EventTime":1795354200.5,"Resources":[{"ResourceType":"AWS::CloudTrail::Trail","ResourceName":"main"}]}],"NextToken":"page2"}"""));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));
        var start = DateTimeOffset.FromUnixTimeSeconds(1795350000);

        var events = await session.CloudTrail().LookupAllEventsAsync(new LookupEventsRequest
        {
            LookupAttributes = [new LookupCondition("EventSource", "cloudtrail.amazonaws.com")],
            StartTime = start,
            MaxResults = 1,
        });

        Assert.Equal(["StopLogging", "DeleteTrail"], events.Select(e => e.EventName!));
        Assert.Equal("main", Assert.Single(events[0].Resources!).ResourceName);
        Assert.Equal(1795354200500, events[0].EventTime!.Value.ToUnixTimeMilliseconds());
        var firstBody = Encoding.UTF8.GetString(server.Seen[0].Body);
        Assert.Contains("\"LookupAttributes\":[{\"AttributeKey\":\"EventSource\",\"AttributeValue\":\"cloudtrail.amazonaws.com\"}]", firstBody);
        Assert.Contains("\"StartTime\":1795350000", firstBody);
        Assert.DoesNotContain("NextToken", firstBody);
        Assert.Equal("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents", HttpWire.HeaderValue(server.Seen[0].Headers, "X-Amz-Target"));
    }

    [Fact]
    public async Task Test_metric_filter_results_are_read()
    {
        using var server = new CannedServer(_ => HttpWire.Response(200, "application/x-amz-json-1.1",
            """{"matches":[{"eventNumber":2,"eventMessage":"{\"eventName\":\"StopLogging\"}","extractedValues":{}}]}"""));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var result = await session.Logs().TestMetricFilterAsync(new("{ $.eventName = StopLogging }", ["{}", """{"eventName":"StopLogging"}"""]));

        var match = Assert.Single(result.Matches);
        Assert.Equal(2, match.EventNumber);
        var body = Encoding.UTF8.GetString(Assert.Single(server.Seen).Body);
        Assert.Contains("\"filterPattern\":", body);
        Assert.Contains("\"logEventMessages\":[", body);
    }

    [Fact]
    public async Task Subscriptions_past_the_first_page_are_fetched_with_the_token()
    {
        using var server = new CannedServer(request =>
        {
            var second = Encoding.UTF8.GetString(request.Body).Contains("NextToken=tok2", StringComparison.Ordinal);
            var member = second ? "arn:aws:sns:us-east-1:1:t:second" : "arn:aws:sns:us-east-1:1:t:first";
            var token = second ? string.Empty : "<NextToken>tok2</NextToken>";
            return HttpWire.Response(200, "text/xml", $"<ListSubscriptionsByTopicResponse><ListSubscriptionsByTopicResult><Subscriptions><member><SubscriptionArn>{member}</SubscriptionArn></member></Subscriptions>{token}</ListSubscriptionsByTopicResult></ListSubscriptionsByTopicResponse>");
        });
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var subscriptions = await session.Sns().ListAllSubscriptionsByTopicAsync("arn:aws:sns:us-east-1:1:t");

        Assert.Equal(["arn:aws:sns:us-east-1:1:t:first", "arn:aws:sns:us-east-1:1:t:second"], subscriptions.Select(s => s.SubscriptionArn!));
    }
}
