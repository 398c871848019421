using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>The message sent once per ALARM period (stdout line, webhook body, SNS message).</summary>
internal sealed record WatchNotification(string ControlId, string Alarm, string PeriodStart, string PeriodEnd, double? Value, IReadOnlyList<WatchNotifiedEvent> Events)
{
    public string Key => $"{ControlId}|{PeriodStart}";

    public static WatchNotification From(string ruleId, AlarmPeriod period) => new(
        ruleId,
        "ALARM",
        ScanJsonFields.Time(period.PeriodStart),
        ScanJsonFields.Time(period.PeriodEnd),
        period.Value,
        period.Events.Select(e => new WatchNotifiedEvent(e.EventId, e.EventName, e.EventTime is { } t ? ScanJsonFields.Time(t) : null, e.Location)).ToList());
}

internal sealed record WatchNotifiedEvent(string? EventId, string? EventName, string? EventTime, string Source);

/// <summary>Where notifications go.</summary>
internal interface IWatchNotifier
{
    /// <summary>Delivers one notification; throws when it could not be delivered (it is then retried next poll).</summary>
    Task SendAsync(WatchNotification notification, CancellationToken cancellationToken);
}
