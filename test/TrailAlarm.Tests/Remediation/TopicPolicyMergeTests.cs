using System.Text.Json;
using TrailAlarm.Remediation;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

public sealed class TopicPolicyMergeTests
{
    private const string Arn = "arn:aws:sns:us-east-1:111122223333:t";

    [Fact]
    public void Merge_keeps_every_existing_statement_and_adds_the_cloudwatch_one()
    {
        var existing = """{"Version":"2008-10-17","Id":"mine","Statement":[{"Sid":"a","Effect":"Allow","Principal":{"AWS":"*"},"Action":"SNS:Subscribe","Resource":"*"},{"Sid":"b","Effect":"Deny","Principal":"*","Action":"SNS:DeleteTopic","Resource":"*"}]}""";

        using var merged = JsonDocument.Parse(TopicPolicyMerge.Merge(existing, Arn, "111122223333"));

        var statements = merged.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        Assert.Equal(["a", "b", TopicPolicyMerge.StatementId], statements.Select(s => s.GetProperty("Sid").GetString()));
        Assert.Equal("mine", merged.RootElement.GetProperty("Id").GetString());
        Assert.Equal("2008-10-17", merged.RootElement.GetProperty("Version").GetString());
        Assert.Equal("cloudwatch.amazonaws.com", statements[2].GetProperty("Principal").GetProperty("Service").GetString());
    }

    [Fact]
    public void Merging_twice_gives_one_statement_of_ours()
    {
        var once = TopicPolicyMerge.Merge(null, Arn, "111122223333");

        var twice = TopicPolicyMerge.Merge(once, Arn, "111122223333");

        Assert.Equal(once, twice);
        Assert.True(TopicPolicyMerge.HasStatement(twice));
        Assert.False(TopicPolicyMerge.HasStatement("""{"Statement":[]}"""));
    }

    [Fact]
    public void A_policy_that_is_not_json_is_refused_rather_than_overwritten()
        => Assert.Throws<FormatException>(() => TopicPolicyMerge.Merge("not json", Arn, "111122223333"));
}
