using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>A source that could not even be listed: scanning it reports the failure as that source's read error.</summary>
public sealed class UnreadableUnit(string name, Exception failure) : ILogUnit
{
    public string Name { get; } = name;

    public Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Error(new ReadError(Name, 0, 0, $"could not be listed: {failure.Message}"));
        return Task.CompletedTask;
    }
}
