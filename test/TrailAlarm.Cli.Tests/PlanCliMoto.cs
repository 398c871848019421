using System.Diagnostics;
using TrailAlarm.Aws;
using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// For plan/apply/rollback tests of the CLI as a separate process: a fresh moto account (keys from sts:AssumeRole,
/// which moto ties to that account) holding a logging multi-region trail that sends to CloudWatch Logs, and nothing else.
/// </summary>
internal static class PlanCliMoto
{
    /// <param name="awsRules">set up through the AWS-rules layer (<see cref="MotoServer.RulesEndpoint"/>), which needs
    /// the trail's CloudWatch Logs role to exist, and has IAM propagate it, before CreateTrail names it.</param>
    /// <param name="withLogs">false: the trail does not send to CloudWatch Logs (no log group, no role).</param>
    public static async Task<(string Account, AwsKeys Keys, AwsSession Session)> TrailOnlyAccountAsync(MotoServer moto, bool awsRules = false, bool withLogs = true)
    {
        var account = MotoServer.NewAccountId();
        var settings = new AwsSettings { EndpointUrl = awsRules ? moto.RulesEndpoint : moto.Endpoint, Region = "us-east-1", Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "secret") };
        using var root = await AwsSession.CreateAsync(settings);
        var keys = (await root.Sts().AssumeRoleAsync($"arn:aws:iam::{account}:role/Fixer", "fix")).Keys;
        var session = await AwsSession.CreateAsync(settings with { Credentials = keys });
        if (awsRules)
        {
            await session.Iam().CreateRoleAsync(new TrailAlarm.Aws.Iam.CreateRoleRequest
            {
                RoleName = "ct-logs",
                AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
            });
            await Task.Delay(moto.Rules.ForAccount(account).RolePropagationDelay + TimeSpan.FromMilliseconds(500));
        }

        var bucket = $"trail-{account}";
        await session.S3("us-east-1").CreateBucketAsync(bucket);
        if (withLogs)
        {
            await session.Logs("us-east-1").CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail-logs" });
        }

        var trails = session.CloudTrail("us-east-1");
        await trails.CreateTrailAsync(new TrailSettings
        {
            Name = "main", S3BucketName = bucket, IsMultiRegionTrail = true, IncludeGlobalServiceEvents = true,
            CloudWatchLogsLogGroupArn = withLogs ? $"arn:aws:logs:us-east-1:{account}:log-group:trail-logs:*" : null,
            CloudWatchLogsRoleArn = withLogs ? $"arn:aws:iam::{account}:role/ct-logs" : null,
        });
        await trails.StartLoggingAsync(new TrailNameRequest("main"));
        await trails.PutEventSelectorsAsync(new PutEventSelectorsRequest { TrailName = "main", EventSelectors = [new EventSelector { ReadWriteType = "All", IncludeManagementEvents = true }] });
        return (account, keys, session);
    }

    public static CliRun Run(AwsKeys keys, string workDir, params string[] args) => CliRunner.RunProcess(keys, workDir, args);
}
