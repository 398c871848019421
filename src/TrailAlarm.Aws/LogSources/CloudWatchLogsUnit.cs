using TrailAlarm.Aws.Logs;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>cwlogs:LOG_GROUP: the group's events through FilterLogEvents, page by page, limited to the time window.</summary>
public sealed class CloudWatchLogsUnit(LogsClient logs, string logGroup, ScanWindow window) : ILogUnit
{
    public string Name { get; } = $"cwlogs:{logGroup}";

    public async Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var records = new MessageRecords(Name, sink);
        var request = new FilterLogEventsRequest
        {
            LogGroupName = logGroup,
            StartTime = window.Since?.ToUnixTimeMilliseconds(),
            EndTime = window.Until is { } until ? until.ToUnixTimeMilliseconds() - 1 : null,
        };
        string? token = null;
        do
        {
            var page = await logs.FilterLogEventsAsync(request with { NextToken = token }, cancellationToken).ConfigureAwait(false);
            foreach (var e in page.Events)
            {
                records.Add(e.Message);
            }

            token = page.NextToken;
        }
        while (token is not null);
        records.Close();
    }
}
