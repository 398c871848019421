namespace TrailAlarm.Catalogue;

/// <summary>One row of the control catalogue (Catalogue/Data/controls.json).</summary>
public sealed record Control(
    string Id,
    string Title,
    string Severity,
    string Kind,
    string Rationale,
    string Remediation,
    string? ReferencePattern,
    IReadOnlyList<string> RequiredEvents,
    string? DefaultAlarmName,
    string? DefaultMetricName,
    IReadOnlyDictionary<string, string> Frameworks);

public static class ControlKinds
{
    public const string MetricFilterAlarm = "metric-filter-alarm";
    public const string ConfigRecorder = "config-recorder";
}
