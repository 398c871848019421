using System.Text;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>Records that arrive one message at a time (log events, LookupEvents): each must be one JSON object.</summary>
internal sealed class MessageRecords(string source, IRecordSink sink)
{
    private readonly UnitErrors errors = new(source, sink);
    private long ordinal;

    public void Add(string? message)
    {
        ordinal++;
        var utf8 = Encoding.UTF8.GetBytes(message ?? "");
        var record = utf8.AsSpan().Trim(" \t\r\n"u8);
        if (JsonRecordCheck.Problem(record) is { } problem)
        {
            errors.Add(ordinal, 0, problem);
            return;
        }

        sink.Record(record, new RecordPosition(ordinal, ordinal));
    }

    public void Close() => errors.Close();
}
