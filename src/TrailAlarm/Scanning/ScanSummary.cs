namespace TrailAlarm.Scanning;

/// <summary>
/// The totals of a scan. Events counts the records read; Skipped the records outside --since/--until (or without a
/// readable eventTime when a window is set); Errors the input that could not be read.
/// </summary>
public sealed record ScanSummary(long Events, long Matched, int Files, long Skipped, IReadOnlyList<ReadError> Errors)
{
    public bool Clean => Errors.Count == 0;
}
