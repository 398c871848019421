using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// lookup-events: the last 90 days of management events in one region through CloudTrail LookupEvents, each page's
/// CloudTrailEvent strings read as records (newest first, as the API returns them).
/// </summary>
public sealed class LookupEventsUnit(CloudTrailClient cloudTrail, string region, ScanWindow window) : ILogUnit
{
    public string Name { get; } = $"lookup-events:{region}";

    public async Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var records = new MessageRecords(Name, sink);
        var request = new LookupEventsRequest { StartTime = window.Since, EndTime = window.Until, MaxResults = 50 };
        string? token = null;
        do
        {
            var page = await cloudTrail.LookupEventsAsync(request with { NextToken = token }, cancellationToken).ConfigureAwait(false);
            Feed(page, records);
            token = page.NextToken;
        }
        while (token is not null);
        records.Close();
    }

    internal static void Feed(LookupEventsResponse page, MessageRecords records)
    {
        foreach (var e in page.Events)
        {
            records.Add(e.CloudTrailEvent);
        }
    }
}
