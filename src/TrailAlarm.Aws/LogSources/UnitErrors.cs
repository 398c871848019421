using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>Passes a unit's read errors to the sink, up to a limit, then counts the rest in one closing line.</summary>
internal sealed class UnitErrors(string source, IRecordSink sink, int limit = 50)
{
    private int count;

    public void Add(long line, long byteOffset, string message)
    {
        count++;
        if (count <= limit)
        {
            sink.Error(new ReadError(source, line, byteOffset, message));
        }
    }

    public void Close()
    {
        if (count > limit)
        {
            sink.Error(new ReadError(source, 0, 0, $"{count - limit} more errors in this file not listed"));
        }
    }
}
