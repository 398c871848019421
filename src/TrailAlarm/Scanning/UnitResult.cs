namespace TrailAlarm.Scanning;

/// <summary>
/// What one log unit gave: its matches in record order, its read errors and its counts. <paramref name="Lines"/> and
/// <paramref name="ContinuesPrevious"/> let the runner number the ranges of one split file as one file.
/// </summary>
public sealed record UnitResult(string Source, IReadOnlyList<ScanMatch> Matches, IReadOnlyList<ReadError> Errors, long Events, long Skipped, long Lines = 0, bool ContinuesPrevious = false)
{
    /// <summary>Reading the unit failed part-way (not a bad record: the unit itself); a follower reads it again.</summary>
    public bool Incomplete { get; init; }

    /// <summary>The unit is a path the walk left unread; its only content is the error saying why.</summary>
    public bool NotRead { get; init; }

    /// <summary>The same result with line numbers and ordinals moved on by what the earlier ranges held.</summary>
    public UnitResult ShiftedBy(long lines, long ordinals) => lines == 0 && ordinals == 0 ? this : this with
    {
        Matches = Matches.Select(m => m with { Line = m.Line + lines, Ordinal = m.Ordinal + ordinals }).ToList(),
        Errors = Errors.Select(e => e.Line > 0 ? e with { Line = e.Line + lines } : e).ToList(),
    };
}
