using System.Text;
using TrailAlarm.Aws.Tests.Faults;

namespace TrailAlarm.Aws.Tests.Units;

/// <summary>Paging that moto does not do (DescribeAlarms ignores MaxRecords; ListAccounts never returns empty pages),
/// against canned AWS-shaped answers on loopback.</summary>
public class CannedPaginationTests
{
    [Fact]
    public async Task Describe_alarms_follows_next_token_across_three_pages()
    {
        using var server = new CannedServer(request =>
        {
            var body = Encoding.UTF8.GetString(request.Body);
            var (names, next) = body.Contains("\"NextToken\":\"p2\"", StringComparison.Ordinal) ? (new[] { "c" }, "p3")
                : body.Contains("\"NextToken\":\"p3\"", StringComparison.Ordinal) ? (new[] { "d", "e" }, null)
                : (new[] { "a", "b" }, "p2");
            var alarms = string.Join(',', names.Select(n => $$"""{"AlarmName":"{{n}}","StateUpdatedTimestamp":1795354271.704}"""));
            var token = next is null ? string.Empty : $$""","NextToken":"{{next}}" """;
            return HttpWire.Response(200, "application/x-amz-json-1.0", $$"""{"MetricAlarms":[{{alarms}}],"CompositeAlarms":[]{{token}}}""");
        });
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var alarms = await session.CloudWatch().DescribeAllMetricAlarmsAsync();

        Assert.Equal(["a", "b", "c", "d", "e"], alarms.Select(a => a.AlarmName!));
        Assert.Equal(3, server.Seen.Count);
        Assert.All(server.Seen, r => Assert.Equal("GraniteServiceVersion20100801.DescribeAlarms", HttpWire.HeaderValue(r.Headers, "X-Amz-Target")));
        Assert.All(server.Seen, r => Assert.Equal("true", HttpWire.HeaderValue(r.Headers, "x-amzn-query-mode")));
        Assert.All(server.Seen, r => Assert.Equal("application/x-amz-json-1.0", HttpWire.HeaderValue(r.Headers, "Content-Type")));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 13, 31, 11, 704, TimeSpan.Zero), alarms[0].StateUpdatedTimestamp);
    }

    [Fact]
    public async Task List_accounts_keeps_going_past_an_empty_page_that_still_has_a_token()
    {
        using var server = new CannedServer(request =>
        {
            var body = Encoding.UTF8.GetString(request.Body);
            var json = body.Contains("\"t1\"", StringComparison.Ordinal) ? """{"Accounts":[],"NextToken":"t2"}"""
                : body.Contains("\"t2\"", StringComparison.Ordinal) ? """{"Accounts":[{"Id":"012345678901"}]}"""
                : """{"Accounts":[{"Id":"111111111111"}],"NextToken":"t1"}""";
            return HttpWire.Response(200, "application/x-amz-json-1.1", json);
        });
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint, "eu-west-1"));

        var accounts = await session.Organizations().ListAllAccountsAsync();

        Assert.Equal(["111111111111", "012345678901"], accounts.Select(a => a.Id!));
        Assert.All(server.Seen, r => Assert.Contains("/us-east-1/organizations/aws4_request", HttpWire.HeaderValue(r.Headers, "Authorization")));
    }

    [Fact]
    public async Task A_token_that_comes_back_again_stops_the_walk_with_an_error_instead_of_looping()
    {
        using var server = new CannedServer(_ => HttpWire.Response(200, "application/x-amz-json-1.1", """{"logGroups":[{"logGroupName":"g"}],"nextToken":"same"}"""));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Logs().DescribeAllLogGroupsAsync());

        Assert.Equal("PaginationLoop", error.Code);
        Assert.Equal(2, server.Seen.Count);
    }

    [Fact]
    public async Task Sns_subscriptions_pending_confirmation_are_read_as_unconfirmed()
    {
        const string xml = """
            <ListSubscriptionsByTopicResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListSubscriptionsByTopicResult><Subscriptions>
            <member><SubscriptionArn>PendingConfirmation</SubscriptionArn><Protocol>email</Protocol><Endpoint>a@example.com</Endpoint></member>
            <member><SubscriptionArn>arn:aws:sns:us-east-1:111111111111:t:1</SubscriptionArn><Protocol>sqs</Protocol><Endpoint>arn:aws:sqs:us-east-1:111111111111:q</Endpoint></member>
            </Subscriptions></ListSubscriptionsByTopicResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListSubscriptionsByTopicResponse>
            """;
        using var server = new CannedServer(_ => HttpWire.Response(200, "text/xml", xml));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var subscriptions = await session.Sns().ListAllSubscriptionsByTopicAsync("arn:aws:sns:us-east-1:111111111111:t");

        Assert.Equal([false, true], subscriptions.Select(s => s.IsConfirmed));
        var form = Encoding.UTF8.GetString(Assert.Single(server.Seen).Body);
        Assert.Contains("Action=ListSubscriptionsByTopic", form);
        Assert.Contains("TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A111111111111%3At", form);
    }

    [Fact]
    public async Task Json_access_denied_from_aws_is_typed_as_access_denied()
    {
        using var server = new CannedServer(_ => HttpWire.Response(400, "application/x-amz-json-1.1",
            """{"__type":"com.amazonaws.cloudtrail#AccessDeniedException","message":"User is not authorized to perform: cloudtrail:DescribeTrails"}"""));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().DescribeAllTrailsAsync());

        Assert.Equal("AccessDeniedException", error.Code);
        Assert.Equal(AwsErrorKind.AccessDenied, error.Kind);
        Assert.Contains("not authorized", error.AwsMessage);
        Assert.Single(server.Seen);
    }

    [Fact]
    public async Task A_success_status_with_an_unreadable_body_is_a_malformed_response_error()
    {
        using var server = new CannedServer(_ => HttpWire.Response(200, "application/x-amz-json-1.1", "<html>captive portal</html>"));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().DescribeAllTrailsAsync());

        Assert.Equal("MalformedResponse", error.Code);
        Assert.Equal("cloudtrail:DescribeTrails", error.Call);
    }
}
