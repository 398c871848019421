using System.Globalization;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.Athena;

/// <summary>
/// Turns rows of a TrailAlarm query (columns controlId, eventID, eventName, eventTime, source, value) into the scan's
/// matches, so they feed the same outputs and the alarm simulation as a local scan.
/// </summary>
public static class AthenaMatches
{
    public static ScanMatch From(IReadOnlyList<string?> row, long ordinal)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Count < 6) throw new FormatException($"a result row has {row.Count} columns; a TrailAlarm query returns 6");
        DateTimeOffset? time = DateTimeOffset.TryParse(row[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
        double? value = double.TryParse(row[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        return new ScanMatch(row[0] ?? "", row[1], row[2], time, row[4] ?? "athena", 0, ordinal, value);
    }
}
