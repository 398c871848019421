namespace TrailAlarm.Scanning;

/// <summary>Only events with Since &lt;= eventTime &lt; Until count (either bound may be absent).</summary>
public sealed record ScanWindow(DateTimeOffset? Since, DateTimeOffset? Until)
{
    public static ScanWindow All { get; } = new(null, null);

    public bool IsBounded => Since is not null || Until is not null;

    public bool Contains(DateTimeOffset time) => (Since is null || time >= Since) && (Until is null || time < Until);

    /// <summary>Could anything in [first, last] fall inside? Lets sources skip whole objects by their date.</summary>
    public bool Overlaps(DateTimeOffset first, DateTimeOffset last) => (Since is null || last >= Since) && (Until is null || first < Until);
}
