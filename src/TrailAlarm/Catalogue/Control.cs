namespace TrailAlarm.Catalogue;

/// <summary>
/// One control of the catalogue: Catalogue/Data/controls/ID/control.json. <see cref="RequiredEvents"/> is not
/// written in that file: it is the event names of the folder's fires-on.jsonl records.
/// </summary>
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
    IReadOnlyDictionary<string, string> Frameworks)
{
    /// <summary>Named groups the control belongs to (e.g. cis-monitoring), usable wherever a control id is.</summary>
    public IReadOnlyList<string> Groups { get; init => field = value ?? []; } = [];

    /// <summary>Where benchmark versions word or number the item differently, in one paragraph; null when they agree.</summary>
    public string? VersionNotes { get; init; }

    /// <summary>The high-risk-only variant (`plan --high-risk-only`, `audit --accept high-risk-only`); null when the control has none.</summary>
    public HighRiskVariant? HighRisk { get; init; }
}

public static class ControlKinds
{
    public const string MetricFilterAlarm = "metric-filter-alarm";
    public const string ConfigRecorder = "config-recorder";
}
