namespace TrailAlarm.Snapshot;

/// <summary>The API calls a snapshot is read with, as gaps name them (service:Action, as in IAM).</summary>
public static class Calls
{
    public const string AssumeRole = "sts:AssumeRole";
    public const string GetCallerIdentity = "sts:GetCallerIdentity";
    public const string DescribeRegions = "ec2:DescribeRegions";
    public const string DescribeTrails = "cloudtrail:DescribeTrails";
    public const string GetTrailStatus = "cloudtrail:GetTrailStatus";
    public const string GetEventSelectors = "cloudtrail:GetEventSelectors";
    public const string DescribeLogGroups = "logs:DescribeLogGroups";
    public const string DescribeMetricFilters = "logs:DescribeMetricFilters";
    public const string DescribeAlarms = "cloudwatch:DescribeAlarms";
    public const string GetTopicAttributes = "sns:GetTopicAttributes";
    public const string ListSubscriptionsByTopic = "sns:ListSubscriptionsByTopic";
    public const string DescribeKey = "kms:DescribeKey";
    public const string GetKeyPolicy = "kms:GetKeyPolicy";
    public const string GetQueueUrl = "sqs:GetQueueUrl";
    public const string GetQueueAttributes = "sqs:GetQueueAttributes";
    public const string GetPolicy = "lambda:GetPolicy";
    public const string DescribeConfigurationRecorders = "config:DescribeConfigurationRecorders";
    public const string DescribeConfigurationRecorderStatus = "config:DescribeConfigurationRecorderStatus";
    public const string DescribeDeliveryChannels = "config:DescribeDeliveryChannels";
    public const string ListRules = "events:ListRules";
    public const string ListTargetsByRule = "events:ListTargetsByRule";
}

public static class SnapshotGaps
{
    /// <summary>
    /// The gap that hides <paramref name="call"/> in <paramref name="region"/> (any region when null) for
    /// <paramref name="resource"/>; a gap without a resource covers every resource of that call and region.
    /// </summary>
    public static Gap? FindGap(this AccountSnapshot snapshot, string call, string? region = null, string? resource = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Gaps.FirstOrDefault(g =>
            g.Call == call
            && (region is null || g.Region == region)
            && (resource is null || g.Resource is null || g.Resource == resource));
    }

    /// <summary>The gap that stopped the whole account from being read (the role could not be assumed, say).</summary>
    public static Gap? AccountGap(this AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Regions.Count == 0 && snapshot.Gaps.Count > 0 ? snapshot.Gaps[0] : null;
    }
}
