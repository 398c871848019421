using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Scanning;

/// <summary>
/// What a scan looks for: a metric filter (pattern + metric value) under an id — a control's id, or "pattern" for
/// --pattern. <paramref name="MetricValue"/> is "1" or a reference such as "$.field".
/// </summary>
public sealed record ScanRule(string Id, FilterPattern Pattern, string MetricValue = "1")
{
    public bool ConstantOne => MetricValue == "1";
}
