using TrailAlarm.Testing;
using TrailAlarm.Testing.AwsRules;

namespace TrailAlarm.Aws.Tests.AwsRules;

[Collection(MotoCollection.Name)]
public class SnsThrottlingRuleTests(MotoServer moto)
{
    [Fact]
    public async Task Injected_throttling_answers_http_429_Throttled_for_that_many_sns_calls_of_that_account_only()
    {
        var account = MotoServer.NewAccountId();
        using var aws = new RawAwsClient(moto.RulesEndpoint, account);
        using var other = new RawAwsClient(moto.RulesEndpoint, MotoServer.NewAccountId());
        moto.Rules.ForAccount(account).ThrottleSns(2);

        var first = await aws.QueryAsync("sns", "2010-03-31", "ListTopics");
        var otherAccount = await other.QueryAsync("sns", "2010-03-31", "ListTopics");
        var second = await aws.QueryAsync("sns", "2010-03-31", "ListTopics");
        var third = await aws.QueryAsync("sns", "2010-03-31", "ListTopics");

        Assert.Equal(429, first.Status);
        Assert.Equal("Throttled", RawAwsClient.Find(first.Body, "Code"));
        Assert.Equal(200, otherAccount.Status);
        Assert.Equal(429, second.Status);
        Assert.Equal(200, third.Status);
        Assert.Equal([429, 429, 200], moto.Rules.Calls(account).Select(c => c.Status));
    }
}
