using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.CloudWatch;
using TrailAlarm.Aws.Config;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Tests;

/// <summary>What to seed: a compliant account by default; each switch breaks one link of the chain.</summary>
public sealed record AuditScenario
{
    public const string ReferencePattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }";

    public bool Trail { get; init; } = true;
    public bool MultiRegion { get; init; } = true;
    public bool Logging { get; init; } = true;

    /// <summary>all, data-only, read-only or none (never put: moto returns no selectors).</summary>
    public string Selectors { get; init; } = "all";
    public bool CloudWatchLogs { get; init; } = true;

    /// <summary>null: no metric filter on the trail's log group.</summary>
    public string? FilterPattern { get; init; } = ReferencePattern;
    public bool Alarm { get; init; } = true;
    public bool AlarmActions { get; init; } = true;
    public bool ActionsEnabled { get; init; } = true;
    public bool DeleteTopic { get; init; }
    public bool Subscriber { get; init; } = true;

    /// <summary>ok, missing, stopped or not-trails.</summary>
    public string Config { get; init; } = "ok";
}

/// <summary>Seeds an account in moto_server through the project's own AWS clients.</summary>
public static class AuditAccountSeeder
{
    public const string Home = "us-east-1";

    public static async Task SeedAsync(AwsSession session, string account, AuditScenario s)
    {
        var bucket = $"trail-logs-{account}";
        await session.S3(Home).CreateBucketAsync(bucket);
        // The bucket doubles as the delivery bucket of a Config recorder the plan creates, so it lets AWS Config write.
        await session.S3(Home).PutBucketPolicyAsync(bucket, Remediation.ConfigBucketRules.Policy("aws", bucket, account));
        var logGroupArn = $"arn:aws:logs:{Home}:{account}:log-group:trail-logs:*";
        await session.Logs(Home).CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "trail-logs" });
        if (s.Trail)
        {
            await SeedTrailAsync(session.CloudTrail(Home), account, bucket, logGroupArn, s);
        }

        if (s.FilterPattern is not null)
        {
            await session.Logs(Home).PutMetricFilterAsync(new PutMetricFilterRequest
            {
                LogGroupName = "trail-logs",
                FilterName = "cloudtrail-changes",
                FilterPattern = s.FilterPattern,
                MetricTransformations = [new Logs.MetricTransformation { MetricName = "CloudTrailChangeCount", MetricNamespace = "CISBenchmark", MetricValue = "1" }],
            });
        }

        var sns = session.Sns(Home);
        var topic = (await sns.CreateTopicAsync(new CreateTopicRequest { Name = "trail-alerts" })).TopicArn!;
        if (s.Subscriber)
        {
            await sns.SubscribeAsync(new SubscribeRequest { TopicArn = topic, Protocol = "email", Endpoint = "secops@example.com" });
        }

        if (s.Alarm)
        {
            await session.CloudWatch(Home).PutMetricAlarmAsync(new PutMetricAlarmRequest
            {
                AlarmName = "CloudTrail Changes",
                MetricName = "CloudTrailChangeCount",
                Namespace = "CISBenchmark",
                Statistic = "Sum",
                Period = 300,
                EvaluationPeriods = 1,
                Threshold = 1,
                ComparisonOperator = "GreaterThanOrEqualToThreshold",
                ActionsEnabled = s.ActionsEnabled,
                AlarmActions = s.AlarmActions ? [topic] : [],
            });
        }

        if (s.DeleteTopic)
        {
            await sns.DeleteTopicAsync(topic);
        }

        if (s.Config != "missing")
        {
            // The role the seeded recorder names exists, as it must on AWS (InvalidRoleException otherwise).
            await session.Iam().CreateRoleAsync(new Iam.CreateRoleRequest
            {
                RoleName = "config",
                AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
            });
        }

        await SeedConfigAsync(session.Config(Home), account, bucket, s.Config);
    }

    private static async Task SeedTrailAsync(CloudTrailClient cloudTrail, string account, string bucket, string logGroupArn, AuditScenario s)
    {
        await cloudTrail.CreateTrailAsync(new TrailSettings
        {
            Name = "main",
            S3BucketName = bucket,
            IsMultiRegionTrail = s.MultiRegion,
            IncludeGlobalServiceEvents = true,
            CloudWatchLogsLogGroupArn = s.CloudWatchLogs ? logGroupArn : null,
            CloudWatchLogsRoleArn = s.CloudWatchLogs ? $"arn:aws:iam::{account}:role/CloudTrailToLogs" : null,
        });
        if (s.Logging)
        {
            await cloudTrail.StartLoggingAsync(new TrailNameRequest("main"));
        }

        EventSelector? selector = s.Selectors switch
        {
            "all" => new EventSelector { ReadWriteType = "All", IncludeManagementEvents = true },
            "read-only" => new EventSelector { ReadWriteType = "ReadOnly", IncludeManagementEvents = true },
            "data-only" => new EventSelector { ReadWriteType = "All", IncludeManagementEvents = false, DataResources = [new DataResource { Type = "AWS::S3::Object", Values = ["arn:aws:s3"] }] },
            _ => null,
        };
        if (selector is not null)
        {
            await cloudTrail.PutEventSelectorsAsync(new PutEventSelectorsRequest { TrailName = "main", EventSelectors = [selector] });
        }
    }

    private static async Task SeedConfigAsync(ConfigClient config, string account, string bucket, string state)
    {
        if (state == "missing")
        {
            return;
        }

        var group = state == "not-trails"
            ? new RecordingGroup { AllSupported = false, ResourceTypes = ["AWS::S3::Bucket"] }
            : new RecordingGroup { AllSupported = true, IncludeGlobalResourceTypes = true };
        await config.PutConfigurationRecorderAsync(new PutConfigurationRecorderRequest(new ConfigurationRecorder { Name = "default", RoleArn = $"arn:aws:iam::{account}:role/config", RecordingGroup = group }));
        await config.PutDeliveryChannelAsync(new PutDeliveryChannelRequest(new DeliveryChannel { Name = "default", S3BucketName = bucket }));
        if (state != "stopped")
        {
            await config.StartConfigurationRecorderAsync(new RecorderNameRequest("default"));
        }
    }
}
