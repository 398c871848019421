namespace TrailAlarm.Findings;

/// <summary>The four honest statuses. Serialised as PASS, FAIL, UNKNOWN, NOT_APPLICABLE.</summary>
public enum Status
{
    Pass,
    Fail,
    Unknown,
    NotApplicable,
}

public static class StatusNames
{
    public static string ToWire(this Status status) => status switch
    {
        Status.Pass => "PASS",
        Status.Fail => "FAIL",
        Status.Unknown => "UNKNOWN",
        Status.NotApplicable => "NOT_APPLICABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static Status FromWire(string text) => text switch
    {
        "PASS" => Status.Pass,
        "FAIL" => Status.Fail,
        "UNKNOWN" => Status.Unknown,
        "NOT_APPLICABLE" => Status.NotApplicable,
        _ => throw new FormatException($"unknown status '{text}'"),
    };
}
