using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Reports;

namespace TrailAlarm.Tests.Reports;

/// <summary>Reports that exercise every status, two accounts and regions, and hostile text.</summary>
internal static class SampleReports
{
    public const string Script = "<script>alert('x')</script>";
    public const string Formula = "=cmd|' /C calc'!A0";

    public static readonly DateTimeOffset Started = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    public static readonly DateTimeOffset Finished = Started.AddSeconds(12.5);

    public static IReportFormat Format(string name) => ReportFormats.Default.Find(name) ?? throw new InvalidOperationException(name);

    public static AuditReport Mixed() => new("1.2.3", Started, Finished,
    [
        new Finding("cloudtrail-changes-monitored", Status.Fail, "medium", "111111111111", "us-east-1",
            "arn:aws:cloudtrail:us-east-1:111111111111:trail/main", "No metric filter on log group 'ct' matches StopLogging.",
            [new Step("trail", Status.Pass, "multi-region trail 'main' is logging"), new Step("metric-filter", Status.Fail, "no filter covers StopLogging, \"DeleteTrail\"")],
            Frameworks("cloudtrail-changes-monitored")),
        new Finding("config-changes-monitored", Status.Pass, "medium", "111111111111", "eu-west-1",
            "arn:aws:cloudwatch:eu-west-1:111111111111:alarm:AWS Config Changes", "Alarm 'AWS Config Changes' reaches a confirmed subscriber.",
            [new Step("alarm", Status.Pass, "Sum >= 1 over 300 s"), new Step("subscriber", Status.Pass, "email subscriber confirmed")],
            Frameworks("config-changes-monitored")),
        new Finding("config-records-cloudtrail", Status.Unknown, "medium", "222222222222", "us-east-1",
            "", "config:DescribeConfigurationRecorders was denied (AccessDenied).",
            [new Step("recorder", Status.Unknown, "AccessDenied")],
            Frameworks("config-records-cloudtrail")),
        new Finding("cloudtrail-changes-monitored", Status.NotApplicable, "medium", "222222222222", "ap-southeast-2",
            "arn:aws:sns:ap-southeast-2:222222222222:alerts", "The account is not in scope.", [],
            new Dictionary<string, string>()),
    ]);

    /// <summary>A finding whose names and evidence carry a script tag and a spreadsheet formula.</summary>
    public static AuditReport Hostile() => new("1.2.3", Started, Finished,
    [
        new Finding("cloudtrail-changes-monitored", Status.Fail, "medium", "333333333333", "us-east-1",
            $"arn:aws:cloudtrail:us-east-1:333333333333:trail/{Script}", Formula,
            [new Step(Script, Status.Fail, Formula), new Step("alarm", Status.Fail, $"alarm named {Script}")],
            Frameworks("cloudtrail-changes-monitored")),
        new Finding(Formula, Status.Unknown, "high", "333333333333", Script, Formula, "-2+3", [new Step("@SUM(A1)", Status.Unknown, "\tTAB")],
            new Dictionary<string, string> { [Script] = Formula }),
    ]);

    private static IReadOnlyDictionary<string, string> Frameworks(string controlId) => ControlCatalogue.Default.Find(controlId)!.Frameworks;
}
