using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>A path a folder walk did not read (<see cref="LocalFiles"/>): scanning it only reports why.</summary>
public sealed class SkippedUnit(SkippedPath skipped) : ILogUnit
{
    public string Name { get; } = skipped?.Path ?? throw new ArgumentNullException(nameof(skipped));

    public bool NotRead => true;

    public Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Error(new ReadError(Name, 0, 0, skipped.Reason));
        return Task.CompletedTask;
    }
}
