using TrailAlarm.Snapshot;
using Ct = TrailAlarm.Aws.CloudTrail;
using Cw = TrailAlarm.Aws.CloudWatch;
using Cfg = TrailAlarm.Aws.Config;
using Lg = TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Snapshot;

/// <summary>From the wire shapes of the AWS clients to the snapshot model.</summary>
internal static class SnapshotMapping
{
    public static Trail Trail(Ct.Trail t, string calledRegion, TrailStatus? status, EventSelectors? selectors) => new()
    {
        Name = t.Name ?? "",
        Arn = t.TrailArn ?? "",
        HomeRegion = t.HomeRegion ?? calledRegion,
        IsMultiRegion = t.IsMultiRegionTrail == true,
        IsOrganizationTrail = t.IsOrganizationTrail == true,
        IncludeGlobalServiceEvents = t.IncludeGlobalServiceEvents == true,
        LogGroupArn = string.IsNullOrEmpty(t.CloudWatchLogsLogGroupArn) ? null : t.CloudWatchLogsLogGroupArn,
        LogsRoleArn = t.CloudWatchLogsRoleArn,
        KmsKeyId = t.KmsKeyId,
        Status = status,
        Selectors = selectors,
    };

    public static TrailStatus Status(Ct.GetTrailStatusResponse s) => new()
    {
        IsLogging = s.IsLogging == true,
        LatestDeliveryError = Blank(s.LatestDeliveryError),
        LatestCloudWatchLogsDeliveryError = Blank(s.LatestCloudWatchLogsDeliveryError),
        LatestCloudWatchLogsDeliveryTime = s.LatestCloudWatchLogsDeliveryTime,
    };

    public static EventSelectors Selectors(Ct.GetEventSelectorsResponse s) => new()
    {
        Basic = (s.EventSelectors ?? []).Select(e => new BasicEventSelector
        {
            ReadWriteType = e.ReadWriteType ?? "All",
            IncludeManagementEvents = e.IncludeManagementEvents ?? true,
            ExcludeManagementEventSources = e.ExcludeManagementEventSources ?? [],
            DataResources = (e.DataResources ?? []).Select(d => new DataResource(d.Type ?? "", d.Values ?? [])).ToList(),
        }).ToList(),
        Advanced = (s.AdvancedEventSelectors ?? []).Select(a => new AdvancedEventSelector
        {
            Name = a.Name,
            FieldSelectors = a.FieldSelectors.Select(f => new AdvancedFieldSelector
            {
                Field = f.Field,
                EqualTo = f.EqualTo ?? [],
                StartsWith = f.StartsWith ?? [],
                EndsWith = f.EndsWith ?? [],
                NotEquals = f.NotEquals ?? [],
                NotStartsWith = f.NotStartsWith ?? [],
                NotEndsWith = f.NotEndsWith ?? [],
            }).ToList(),
        }).ToList(),
    };

    public static MetricFilter Filter(Lg.MetricFilter f, string region, string logGroup) => new()
    {
        Region = region,
        LogGroupName = f.LogGroupName ?? logGroup,
        FilterName = f.FilterName ?? "",
        Pattern = f.FilterPattern ?? "",
        Transformations = f.MetricTransformations.Select(t => new MetricTransformation
        {
            MetricName = t.MetricName,
            MetricNamespace = t.MetricNamespace,
            MetricValue = t.MetricValue,
            DefaultValue = t.DefaultValue,
            Dimensions = t.Dimensions ?? new Dictionary<string, string>(),
            Unit = t.Unit,
        }).ToList(),
        ApplyOnTransformedLogs = f.ApplyOnTransformedLogs == true,
        FieldSelectionCriteria = Blank(f.FieldSelectionCriteria),
        EmitSystemFieldDimensions = f.EmitSystemFieldDimensions ?? [],
    };

    public static MetricAlarm Alarm(Cw.MetricAlarm a, string region) => new()
    {
        Region = region,
        Name = a.AlarmName ?? "",
        Arn = a.AlarmArn,
        MetricName = a.MetricName,
        Namespace = a.Namespace,
        Dimensions = Dims(a.Dimensions),
        Unit = a.Unit,
        Statistic = a.Statistic,
        ExtendedStatistic = a.ExtendedStatistic,
        Period = a.Period,
        Threshold = a.Threshold,
        ComparisonOperator = a.ComparisonOperator ?? "",
        EvaluationPeriods = a.EvaluationPeriods ?? 1,
        DatapointsToAlarm = a.DatapointsToAlarm,
        TreatMissingData = a.TreatMissingData,
        ActionsEnabled = a.ActionsEnabled ?? true,
        AlarmActions = a.AlarmActions ?? [],
        OkActions = a.OkActions ?? [],
        InsufficientDataActions = a.InsufficientDataActions ?? [],
        Description = Blank(a.AlarmDescription),
        ThresholdMetricId = a.ThresholdMetricId,
        StateValue = a.StateValue,
        Metrics = (a.Metrics ?? []).Select(q => new AlarmMetricQuery
        {
            Id = q.Id,
            Expression = q.Expression,
            ReturnData = q.ReturnData ?? true,
            Period = q.Period,
            MetricStat = q.MetricStat is { } s
                ? new AlarmMetricStat { MetricName = s.Metric.MetricName ?? "", Namespace = s.Metric.Namespace ?? "", Dimensions = Dims(s.Metric.Dimensions), Period = s.Period, Stat = s.Stat, Unit = s.Unit }
                : null,
        }).ToList(),
    };

    public static ConfigRecorder Recorder(Cfg.ConfigurationRecorder r, string region, RecorderStatus? status) => new()
    {
        Region = region,
        Name = r.Name ?? "",
        RoleArn = r.RoleArn,
        Status = status,
        RecordingGroup = new RecordingGroup
        {
            AllSupported = r.RecordingGroup?.AllSupported ?? false,
            IncludeGlobalResourceTypes = r.RecordingGroup?.IncludeGlobalResourceTypes ?? false,
            ResourceTypes = r.RecordingGroup?.ResourceTypes ?? [],
            ExclusionResourceTypes = r.RecordingGroup?.ExclusionByResourceTypes?.ResourceTypes ?? [],
            RecordingStrategy = r.RecordingGroup?.RecordingStrategy?.UseOnly,
        },
        RecordingMode = r.RecordingMode is { RecordingFrequency: { } frequency } mode
            ? new RecordingMode
            {
                RecordingFrequency = frequency,
                Overrides = (mode.RecordingModeOverrides ?? []).Select(o => new TrailAlarm.Snapshot.RecordingModeOverride
                {
                    Description = o.Description,
                    ResourceTypes = o.ResourceTypes,
                    RecordingFrequency = o.RecordingFrequency ?? frequency,
                }).ToList(),
            }
            : null,
    };

    public static RecorderStatus RecorderStatus(Cfg.ConfigurationRecorderStatus s) => new()
    {
        Recording = s.Recording == true,
        LastStatus = s.LastStatus?.ToUpperInvariant(),
        LastErrorCode = s.LastErrorCode,
        LastErrorMessage = s.LastErrorMessage,
    };

    private static Dictionary<string, string> Dims(IReadOnlyList<Cw.Dimension>? dims)
        => (dims ?? []).GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First().Value);

    private static string? Blank(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
