using System.Runtime.CompilerServices;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Scanning;

namespace TrailAlarm.Cli;

/// <summary>Turns the SOURCE arguments into log units, refusing unknown or missing ones before anything is read.</summary>
internal static class ScanSources
{
    public static IReadOnlyList<string> Check(IReadOnlyList<string> sources)
    {
        var files = new List<string>();
        foreach (var source in sources)
        {
            if (source.StartsWith("s3://", StringComparison.Ordinal) || source.StartsWith("cwlogs:", StringComparison.Ordinal) || source == "lookup-events")
            {
                throw new UsageException($"scanning '{source}' is not built yet in this version of trailalarm (local files and folders are); nothing was done");
            }

            try
            {
                var expanded = LocalFiles.Expand(source);
                files.AddRange(expanded);
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

        return files;
    }

    public static async IAsyncEnumerable<ILogUnit> Units(IReadOnlyList<string> files, bool strict, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new FileLogUnit(file, strict);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
