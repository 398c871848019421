using TrailAlarm.Snapshot;

namespace TrailAlarm.Tests.Remediation;

/// <summary>Small account snapshots for planner tests: a logging multi-region trail on a log group, then variations.</summary>
internal static class Accounts
{
    public const string Id = "111122223333";
    public const string Region = "us-east-1";
    public const string LogGroup = "cloudtrail-logs";
    public const string TopicArn = "arn:aws:sns:us-east-1:111122223333:security-alerts";

    public const string CloudTrailPattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }";

    public static Trail Trail(bool withLogs = true) => new()
    {
        Name = "main",
        Arn = $"arn:aws:cloudtrail:{Region}:{Id}:trail/main",
        HomeRegion = Region,
        IsMultiRegion = true,
        IncludeGlobalServiceEvents = true,
        LogGroupArn = withLogs ? $"arn:aws:logs:{Region}:{Id}:log-group:{LogGroup}:*" : null,
        LogsRoleArn = withLogs ? $"arn:aws:iam::{Id}:role/ct-logs" : null,
        Status = new TrailStatus { IsLogging = true },
        Selectors = new EventSelectors(),
    };

    /// <summary>A trail sending to its log group, and nothing else.</summary>
    public static AccountSnapshot TrailOnly(bool withLogs = true) => new()
    {
        Account = Id,
        Regions = [Region],
        Trails = [Trail(withLogs)],
        LogGroups = withLogs ? [new LogGroup { Region = Region, Name = LogGroup }] : [],
    };

    public static MetricFilter Filter(string name, string pattern, string metric, string group = LogGroup) => new()
    {
        Region = Region,
        LogGroupName = group,
        FilterName = name,
        Pattern = pattern,
        Transformations = [new MetricTransformation { MetricName = metric, MetricNamespace = "CISBenchmark", MetricValue = "1" }],
    };

    public static MetricAlarm Alarm(string name, string metric, bool actionsEnabled, params string[] actions) => new()
    {
        Region = Region,
        Name = name,
        Arn = $"arn:aws:cloudwatch:{Region}:{Id}:alarm:{name}",
        MetricName = metric,
        Namespace = "CISBenchmark",
        Statistic = "Sum",
        Period = 300,
        Threshold = 1,
        ComparisonOperator = "GreaterThanOrEqualToThreshold",
        EvaluationPeriods = 1,
        TreatMissingData = "notBreaching",
        ActionsEnabled = actionsEnabled,
        AlarmActions = actions,
    };

    public static SnsTopic Topic(string arn = TopicArn, bool subscribed = true, string? policy = null) => new()
    {
        Arn = arn,
        Region = Region,
        Policy = policy,
        Subscriptions = subscribed ? [new SnsSubscription { SubscriptionArn = arn + ":1111", Protocol = "email", Endpoint = "sec@example.com" }] : [],
    };
}
