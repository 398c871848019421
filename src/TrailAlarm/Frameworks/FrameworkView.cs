using TrailAlarm.Findings;

namespace TrailAlarm.Frameworks;

/// <summary>An audit report seen through one framework: its controls only, in its order, labelled with its items.</summary>
public static class FrameworkView
{
    public static AuditReport Apply(AuditReport report, Framework framework)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(framework);
        var order = framework.ControlIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
        var findings = report.Findings
            .Where(f => order.ContainsKey(f.ControlId))
            .OrderBy(f => order[f.ControlId])
            .Select(f => f with { Frameworks = new Dictionary<string, string>(StringComparer.Ordinal) { [framework.Id] = framework.LabelFor(f.ControlId)! } })
            .ToList();
        return report with { Findings = findings };
    }
}
