namespace TrailAlarm.Scanning;

/// <summary>
/// One event a rule fires on. <paramref name="Value"/> is the metric value the filter would publish (null when the
/// value reference is missing or not a number: CloudWatch publishes nothing then).
/// </summary>
public sealed record ScanMatch(
    string RuleId,
    string? EventId,
    string? EventName,
    DateTimeOffset? EventTime,
    string Source,
    long Line,
    long Ordinal,
    double? Value)
{
    /// <summary>FILE:LINE, the form every output uses to point at the event.</summary>
    public string Location => $"{Source}:{Line}";
}
