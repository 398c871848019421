namespace TrailAlarm.Scanning;

/// <summary>What one log unit gave: its matches in record order, its read errors and its counts.</summary>
public sealed record UnitResult(string Source, IReadOnlyList<ScanMatch> Matches, IReadOnlyList<ReadError> Errors, long Events, long Skipped);
