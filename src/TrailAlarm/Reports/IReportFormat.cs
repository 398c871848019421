using TrailAlarm.Findings;

namespace TrailAlarm.Reports;

/// <summary>One output format of <c>audit</c>: a pure function from the report to text.</summary>
public interface IReportFormat
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>The file name used under <c>--output-dir</c>.</summary>
    string FileName { get; }

    string Render(AuditReport report);
}
