namespace TrailAlarm.Findings;

/// <summary>One evidence step of a finding (trail, logging, event-selectors, metric-filter, alarm, …).</summary>
public sealed record Step(string Name, Status Status, string Detail);

/// <summary>The verdict of one control for one account (schema trailalarm.audit/v1).</summary>
public sealed record Finding(
    string ControlId,
    Status Status,
    string Severity,
    string Account,
    string Region,
    string Resource,
    string Reason,
    IReadOnlyList<Step> Steps,
    IReadOnlyDictionary<string, string> Frameworks);

public sealed record Summary(int Pass, int Fail, int Unknown, int NotApplicable)
{
    public static Summary Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        int pass = 0, fail = 0, unknown = 0, notApplicable = 0;
        foreach (var f in findings)
        {
            switch (f.Status)
            {
                case Status.Pass: pass++; break;
                case Status.Fail: fail++; break;
                case Status.Unknown: unknown++; break;
                case Status.NotApplicable: notApplicable++; break;
            }
        }

        return new Summary(pass, fail, unknown, notApplicable);
    }
}

/// <summary>The whole result of an audit run.</summary>
public sealed record AuditReport(
    string ToolVersion,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<Finding> Findings)
{
    public Summary Summary => Summary.Of(Findings);
}
