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
    public static async Task<(string Account, AwsKeys Keys, AwsSession Session)> TrailOnlyAccountAsync(MotoServer moto)
    {
        var account = MotoServer.NewAccountId();
        var settings = new AwsSettings { EndpointUrl = moto.Endpoint, Region = "us-east-1", Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "secret") };
        using var root = await AwsSession.CreateAsync(settings);
        var keys = (await root.Sts().AssumeRoleAsync($"arn:aws:iam::{account}:role/Fixer", "fix")).Keys;
        var session = await AwsSession.CreateAsync(settings with { Credentials = keys });
        var bucket = $"trail-{account}";
        await session.S3("us-east-1").CreateBucketAsync(bucket);
        await session.Logs("us-east-1").CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail-logs" });
        var trails = session.CloudTrail("us-east-1");
        await trails.CreateTrailAsync(new TrailSettings
        {
            Name = "main", S3BucketName = bucket, IsMultiRegionTrail = true, IncludeGlobalServiceEvents = true,
            CloudWatchLogsLogGroupArn = $"arn:aws:logs:us-east-1:{account}:log-group:trail-logs:*",
            CloudWatchLogsRoleArn = $"arn:aws:iam::{account}:role/ct-logs",
        });
        await trails.StartLoggingAsync(new TrailNameRequest("main"));
        await trails.PutEventSelectorsAsync(new PutEventSelectorsRequest { TrailName = "main", EventSelectors = [new EventSelector { ReadWriteType = "All", IncludeManagementEvents = true }] });
        return (account, keys, session);
    }

    public static CliRun Run(AwsKeys keys, string workDir, params string[] args) => CliRunner.RunProcess(keys, workDir, args);
}
