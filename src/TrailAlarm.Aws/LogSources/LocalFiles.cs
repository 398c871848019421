namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// Expands local paths: a file is read whatever its name; a folder is walked recursively for log files, in ordinal
/// order of their paths so every run lists them the same way. CloudTrail's digest files (hashes of the log files,
/// delivered beside them) hold no events and are left out.
/// </summary>
public static class LocalFiles
{
    private static readonly string[] LogSuffixes = [".json", ".jsonl", ".ndjson", ".log", ".json.gz", ".jsonl.gz", ".ndjson.gz", ".log.gz"];

    public static bool IsLogFileName(string name) =>
        LogSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) && !name.Contains("_CloudTrail-Digest_", StringComparison.Ordinal);

    /// <summary>The files under <paramref name="path"/>; throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static IEnumerable<string> Expand(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-" || File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"no such file or folder: {path}", path);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
        return Directory.EnumerateFiles(path, "*", options)
            .Where(f => IsLogFileName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
