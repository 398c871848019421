using TrailAlarm.Aws.Events;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class EventsClientTests(MotoServer moto)
{
    private const string TrailPattern = """{"source":["aws.cloudtrail"],"detail":{"eventName":["StopLogging","DeleteTrail"]}}""";

    [Fact]
    public async Task Rules_are_listed_across_pages_with_their_patterns()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var events = session.Events();
        for (var i = 0; i < 5; i++)
        {
            await events.PutRuleAsync(new PutRuleRequest { Name = $"rule-{i}", EventPattern = TrailPattern, State = "ENABLED" });
        }

        var first = await events.ListRulesAsync(new ListRulesRequest { Limit = 2 });
        var all = await events.ListAllRulesAsync(new ListRulesRequest { Limit = 2 });

        Assert.Equal(2, first.Rules.Count);
        Assert.NotNull(first.NextToken);
        Assert.Equal(["rule-0", "rule-1", "rule-2", "rule-3", "rule-4"], all.Select(r => r.Name!).Order().ToList());
        Assert.All(all, r => Assert.Contains("StopLogging", r.EventPattern));
        Assert.All(all, r => Assert.Equal("ENABLED", r.State));
    }

    [Fact]
    public async Task Targets_of_a_rule_are_listed()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var events = session.Events();
        await events.PutRuleAsync(new PutRuleRequest { Name = "trail-tamper", EventPattern = TrailPattern });
        var topic = $"arn:aws:sns:us-east-1:{account}:alerts";
        await events.PutTargetsAsync(new PutTargetsRequest { Rule = "trail-tamper", Targets = [new Target { Id = "sns", Arn = topic }] });

        var target = Assert.Single(await events.ListAllTargetsByRuleAsync("trail-tamper"));

        Assert.Equal(topic, target.Arn);
        Assert.Equal("sns", target.Id);
    }

    [Fact]
    public async Task Targets_of_a_missing_rule_is_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Events().ListAllTargetsByRuleAsync("absent"));

        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("events:ListTargetsByRule", error.Call);
    }
}
