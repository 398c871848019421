namespace TrailAlarm.Remediation;

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
    public const string RetentionInDays = "retentionInDays";
    public const string KmsKeyId = "kmsKeyId";
    public const string FilterName = "filterName";
    public const string Pattern = "filterPattern";
    public const string MetricName = "metricName";
    public const string MetricNamespace = "metricNamespace";
    public const string MetricValue = "metricValue";
    public const string DefaultValue = "defaultValue";
    public const string Dimensions = "dimensions";
    public const string Unit = "unit";
    public const string ApplyOnTransformedLogs = "applyOnTransformedLogs";
    public const string FieldSelectionCriteria = "fieldSelectionCriteria";
    public const string EmitSystemFieldDimensions = "emitSystemFieldDimensions";
    public const string AlarmName = "alarmName";
    public const string Statistic = "statistic";
    public const string Period = "period";
    public const string Threshold = "threshold";
    public const string ComparisonOperator = "comparisonOperator";
    public const string EvaluationPeriods = "evaluationPeriods";
    public const string TreatMissingData = "treatMissingData";
    public const string ActionsEnabled = "actionsEnabled";
    public const string AlarmActions = "alarmActions";
    public const string OkActions = "okActions";
    public const string InsufficientDataActions = "insufficientDataActions";
    public const string AlarmDescription = "alarmDescription";
    public const string DatapointsToAlarm = "datapointsToAlarm";
    public const string RecordingMode = "recordingMode";
    public const string RoleName = "roleName";
    public const string AwsServiceName = "awsServiceName";
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
    public const string KeyArn = "keyArn";

    /// <summary>Lists travel as one attribute, comma-separated (ARNs and resource types never hold commas).</summary>
    public static string Join(IEnumerable<string> values) => string.Join(",", values);

    public static IReadOnlyList<string> Split(string? value)
        => string.IsNullOrEmpty(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
