namespace TrailAlarm.Remediation;

/// <summary>The kinds of resource a plan touches, and the attribute names each carries.</summary>
public static class ResourceKinds
{
    public const string Topic = "sns-topic";
    public const string TopicPolicy = "sns-topic-policy";
    public const string Subscription = "sns-subscription";
    public const string MetricFilter = "logs-metric-filter";
    public const string Alarm = "cloudwatch-alarm";
    public const string LogGroup = "logs-log-group";
    public const string DeliveryRole = "iam-role";
    public const string TrailLogs = "cloudtrail-trail";
    public const string Recorder = "config-recorder";
    public const string RecorderStatus = "config-recorder-status";
    public const string DeliveryChannel = "config-delivery-channel";

    /// <summary>The Terraform resource type of a kind (addresses and the Terraform export use it).</summary>
    public static string TerraformType(string kind) => kind switch
    {
        Topic => "aws_sns_topic",
        TopicPolicy => "aws_sns_topic_policy",
        Subscription => "aws_sns_topic_subscription",
        MetricFilter => "aws_cloudwatch_log_metric_filter",
        Alarm => "aws_cloudwatch_metric_alarm",
        LogGroup => "aws_cloudwatch_log_group",
        DeliveryRole => "aws_iam_role",
        TrailLogs => "aws_cloudtrail",
        Recorder => "aws_config_configuration_recorder",
        RecorderStatus => "aws_config_configuration_recorder_status",
        DeliveryChannel => "aws_config_delivery_channel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown resource kind"),
    };

    /// <summary>TYPE.NAME with NAME reduced to letters, digits and underscores, as Terraform requires.</summary>
    public static string Address(string kind, string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray();
        var label = new string(chars).Trim('_');
        if (label.Length == 0 || char.IsAsciiDigit(label[0]))
        {
            label = "r_" + label;
        }

        return TerraformType(kind) + "." + label;
    }
}

/// <summary>Attribute names used in changes (camelCase, as in the plan JSON).</summary>
public static class Attr
{
    public const string Region = "region";
    public const string Name = "name";
    public const string Arn = "arn";
    public const string TopicArn = "topicArn";
    public const string Policy = "policy";
    public const string StatementId = "statementId";
    public const string Protocol = "protocol";
    public const string Endpoint = "endpoint";
    public const string LogGroupName = "logGroupName";
    public const string FilterName = "filterName";
    public const string Pattern = "filterPattern";
    public const string MetricName = "metricName";
    public const string MetricNamespace = "metricNamespace";
    public const string MetricValue = "metricValue";
    public const string AlarmName = "alarmName";
    public const string Statistic = "statistic";
    public const string Period = "period";
    public const string Threshold = "threshold";
    public const string ComparisonOperator = "comparisonOperator";
    public const string EvaluationPeriods = "evaluationPeriods";
    public const string TreatMissingData = "treatMissingData";
    public const string ActionsEnabled = "actionsEnabled";
    public const string AlarmActions = "alarmActions";
    public const string Dimensions = "dimensions";
    public const string Unit = "unit";
    public const string RoleName = "roleName";
    public const string AssumeRolePolicy = "assumeRolePolicy";
    public const string RolePolicyName = "rolePolicyName";
    public const string RolePolicy = "rolePolicy";
    public const string TrailName = "trailName";
    public const string LogGroupArn = "cloudWatchLogsLogGroupArn";
    public const string LogsRoleArn = "cloudWatchLogsRoleArn";
    public const string RoleArn = "roleArn";
    public const string AllSupported = "allSupported";
    public const string IncludeGlobalResourceTypes = "includeGlobalResourceTypes";
    public const string ResourceTypes = "resourceTypes";
    public const string ExclusionResourceTypes = "exclusionResourceTypes";
    public const string RecordingStrategy = "recordingStrategy";
    public const string Recording = "recording";
    public const string Bucket = "s3BucketName";

    /// <summary>Lists travel as one attribute, comma-separated (ARNs and resource types never hold commas).</summary>
    public static string Join(IEnumerable<string> values) => string.Join(",", values);

    public static IReadOnlyList<string> Split(string? value)
        => string.IsNullOrEmpty(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
