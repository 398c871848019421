using TrailAlarm.Controls;

namespace TrailAlarm.Tests.Controls;

public class EventPatternMatcherTests
{
    private const string Event = """{"source":"aws.cloudtrail","detail-type":"AWS API Call via CloudTrail","detail":{"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","tags":["a","b"]}}""";

    [Theory]
    [InlineData("""{"source":["aws.cloudtrail"]}""", true)]
    [InlineData("""{"source":["aws.config"]}""", false)]
    [InlineData("""{"detail":{"eventName":[{"prefix":"Stop"}]}}""", true)]
    [InlineData("""{"detail":{"eventName":[{"suffix":"Trail"}]}}""", false)]
    [InlineData("""{"detail":{"eventName":[{"anything-but":["GetTrail"]}]}}""", true)]
    [InlineData("""{"detail":{"eventName":[{"anything-but":{"prefix":"Stop"}}]}}""", false)]
    [InlineData("""{"detail":{"eventName":[{"wildcard":"*Logging"}]}}""", true)]
    [InlineData("""{"detail":{"eventName":[{"equals-ignore-case":"stoplogging"}]}}""", true)]
    [InlineData("""{"detail":{"errorCode":[{"exists":false}]}}""", true)]
    [InlineData("""{"detail":{"errorCode":[{"exists":true}]}}""", false)]
    [InlineData("""{"detail":{"tags":["b"]}}""", true)]
    [InlineData("""{"$or":[{"source":["aws.config"]},{"detail":{"eventName":["StopLogging"]}}]}""", true)]
    [InlineData("""{"detail":{"eventName":[{"numeric":[">",0]}]}}""", false)]
    [InlineData("""not json""", false)]
    public void Patterns_match_as_EventBridge_matches_them(string pattern, bool expected)
    {
        Assert.Equal(expected, EventPatternMatcher.Matches(pattern, Event));
    }
}
