using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Remediation.Kinds;
using Lg = TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Apply;

/// <summary>PutMetricFilter requests: a filter exactly as it was, or with the plan's fields laid over it.</summary>
internal static class FilterDefinition
{
    public static Lg.PutMetricFilterRequest Exactly(Lg.MetricFilter f) => new()
    {
        LogGroupName = f.LogGroupName!,
        FilterName = f.FilterName!,
        FilterPattern = f.FilterPattern ?? "",
        MetricTransformations = f.MetricTransformations,
        ApplyOnTransformedLogs = f.ApplyOnTransformedLogs,
        FieldSelectionCriteria = f.FieldSelectionCriteria,
        EmitSystemFieldDimensions = f.EmitSystemFieldDimensions is { Count: > 0 } e ? e : null,
    };

    /// <summary>
    /// The planned pattern and metric over the live filter: its default value, dimensions, unit and the settings of
    /// the filter itself are kept unless the plan sets them.
    /// </summary>
    public static Lg.PutMetricFilterRequest Desired(FilterSpec planned, Lg.MetricFilter? live)
    {
        var kept = live?.MetricTransformations is { Count: > 0 } t ? t[0] : null;
        var dimensions = planned.DimensionMap();
        var transformation = new Lg.MetricTransformation
        {
            MetricName = planned.MetricName,
            MetricNamespace = planned.MetricNamespace,
            MetricValue = planned.MetricValue,
            DefaultValue = planned.DefaultValue ?? kept?.DefaultValue,
            Dimensions = dimensions.Count > 0 ? dimensions : kept?.Dimensions,
            Unit = planned.Unit is { Length: > 0 } u ? u : kept?.Unit,
        };
        return new Lg.PutMetricFilterRequest
        {
            LogGroupName = planned.LogGroupName,
            FilterName = planned.FilterName,
            FilterPattern = planned.Pattern,
            MetricTransformations = [transformation],
            ApplyOnTransformedLogs = planned.ApplyOnTransformedLogs ? true : live?.ApplyOnTransformedLogs,
            FieldSelectionCriteria = planned.FieldSelectionCriteria is { Length: > 0 } c ? c : live?.FieldSelectionCriteria,
            EmitSystemFieldDimensions = planned.EmitSystemFieldDimensions is { Count: > 0 } e ? e : live?.EmitSystemFieldDimensions is { Count: > 0 } le ? le : null,
        };
    }

    /// <summary>The live filter in the plan's terms (every part of its definition), read as the planner reads it.</summary>
    public static FilterSpec Spec(Lg.MetricFilter f) => FilterSpec.Of(SnapshotMapping.Filter(f, "", f.LogGroupName ?? ""))!;
}
