using System.Runtime.CompilerServices;
using TrailAlarm.Aws;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Scanning;

namespace TrailAlarm.Cli;

/// <summary>
/// The SOURCE arguments, checked before anything is read (a missing path or a malformed s3:// URL is a usage error),
/// then listed as log units in argument order. Remote sources share one AWS session.
/// </summary>
internal sealed class ScanSources : IDisposable
{
    private readonly List<(string Source, FolderListing? Local)> sources = [];
    private AwsSession? session;

    private ScanSources()
    {
    }

    public bool NeedsAws => sources.Any(s => s.Local is null);

    public static ScanSources Check(IReadOnlyList<string> arguments)
    {
        var checkedSources = new ScanSources();
        foreach (var source in arguments)
        {
            if (IsRemote(source))
            {
                if (source.StartsWith("s3://", StringComparison.Ordinal))
                {
                    try
                    {
                        S3LogSource.Parse(source);
                    }
                    catch (ArgumentException e)
                    {
                        throw new UsageException(e.Message);
                    }
                }
                else if (source == "cwlogs:")
                {
                    throw new UsageException("cwlogs: needs a log group name, e.g. cwlogs:/aws/cloudtrail/main");
                }

                checkedSources.sources.Add((source, null));
                continue;
            }

            try
            {
                checkedSources.sources.Add((source, LocalFiles.List(source)));
            }
            catch (FileNotFoundException)
            {
                throw new UsageException($"no such file or folder: {source}");
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw new UsageException($"cannot list {source}: {e.Message}");
            }
        }

        return checkedSources;
    }

    public void Connect(AwsSession aws) => session = aws;

    public async IAsyncEnumerable<ILogUnit> Units(ScanWindow window, bool strict, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var (source, local) in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (local is not null)
            {
                foreach (var file in local.Files)
                {
                    foreach (var unit in FileRanges.Units(file, strict))
                    {
                        yield return unit;
                    }
                }

                foreach (var skipped in local.Skipped)
                {
                    yield return new SkippedUnit(skipped);
                }

                continue;
            }

            var aws = session ?? throw new InvalidOperationException("remote sources need Connect first");
            if (source.StartsWith("s3://", StringComparison.Ordinal))
            {
                var (bucket, prefix) = S3LogSource.Parse(source);
                await foreach (var unit in S3LogSource.Units(aws.S3(), bucket, prefix, window, strict, cancellationToken).ConfigureAwait(false))
                {
                    yield return unit;
                }
            }
            else if (source.StartsWith("cwlogs:", StringComparison.Ordinal))
            {
                yield return new CloudWatchLogsUnit(aws.Logs(), source["cwlogs:".Length..], window);
            }
            else
            {
                yield return new LookupEventsUnit(aws.CloudTrail(), aws.Region, window);
            }
        }
    }

    public void Dispose() => session?.Dispose();

    private static bool IsRemote(string source) =>
        source.StartsWith("s3://", StringComparison.Ordinal) || source.StartsWith("cwlogs:", StringComparison.Ordinal) || source == "lookup-events";
}
