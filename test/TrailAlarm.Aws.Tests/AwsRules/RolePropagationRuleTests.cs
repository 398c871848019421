using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.Iam;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.AwsRules;

/// <summary>CloudTrail through the AWS-rules proxy refuses a role that IAM has not yet propagated, or that does not exist.</summary>
[Collection(MotoCollection.Name)]
public class RolePropagationRuleTests(MotoServer moto)
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    private async Task<(AwsSession Session, string Account)> AccountWithTrailAsync()
    {
        var account = MotoServer.NewAccountId();
        var session = await AwsSession.CreateAsync(MotoAws.Settings(moto.RulesEndpoint, account) with { MaxAttempts = 1 });
        await session.S3().CreateBucketAsync($"logs-{account}");
        await session.Logs().CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail" });
        await session.CloudTrail().CreateTrailAsync(new TrailSettings { Name = "main", S3BucketName = $"logs-{account}" });
        return (session, account);
    }

    private static TrailSettings Integration(string account, string role) => new()
    {
        Name = "main",
        CloudWatchLogsLogGroupArn = $"arn:aws:logs:us-east-1:{account}:log-group:trail:*",
        CloudWatchLogsRoleArn = $"arn:aws:iam::{account}:role/{role}",
    };

    [Fact]
    public async Task A_role_is_refused_until_its_propagation_delay_has_passed_since_its_last_change()
    {
        var (session, account) = await AccountWithTrailAsync();
        using var _ = session;
        moto.Rules.ForAccount(account).RolePropagationDelay = TimeSpan.FromSeconds(1.5);
        await session.Iam().CreateRoleAsync(new CreateRoleRequest { RoleName = "to-logs", AssumeRolePolicyDocument = Trust });
        await session.Iam().PutRolePolicyAsync(new PutRolePolicyRequest("to-logs", "write", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"*"}]}"""));

        var early = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().UpdateTrailAsync(Integration(account, "to-logs")));
        await Task.Delay(TimeSpan.FromSeconds(1.6));
        var later = await session.CloudTrail().UpdateTrailAsync(Integration(account, "to-logs"));

        Assert.Equal("InvalidCloudWatchLogsRoleArnException", early.Code);
        Assert.Equal($"arn:aws:iam::{account}:role/to-logs", later.CloudWatchLogsRoleArn);
    }

    [Fact]
    public async Task A_role_that_does_not_exist_is_refused()
    {
        var (session, account) = await AccountWithTrailAsync();
        using var _ = session;

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().UpdateTrailAsync(Integration(account, "never-created")));

        Assert.Equal("InvalidCloudWatchLogsRoleArnException", refused.Code);
    }

    [Fact]
    public async Task An_old_role_is_accepted_at_once()
    {
        var (session, account) = await AccountWithTrailAsync();
        using var _ = session;
        moto.Rules.ForAccount(account).RolePropagationDelay = TimeSpan.Zero;
        await session.Iam().CreateRoleAsync(new CreateRoleRequest { RoleName = "to-logs", AssumeRolePolicyDocument = Trust });

        var updated = await session.CloudTrail().UpdateTrailAsync(Integration(account, "to-logs"));

        Assert.Equal($"arn:aws:iam::{account}:role/to-logs", updated.CloudWatchLogsRoleArn);
    }
}
