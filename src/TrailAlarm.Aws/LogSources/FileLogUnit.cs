using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>A local file (plain or gzip, detected by its first bytes), or "-" for standard input.</summary>
public sealed class FileLogUnit(string path, bool strict = false) : ILogUnit
{
    public string Name { get; } = path;

    public Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        if (Name == "-")
        {
            using var stdin = Console.OpenStandardInput();
            StreamRecords.Read(stdin, Name, sink, strict);
            return Task.CompletedTask;
        }

        using var file = new FileStream(Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        StreamRecords.Read(file, Name, sink, strict);
        return Task.CompletedTask;
    }
}
