namespace TrailAlarm.Aws.LogSources;

/// <summary>A path a folder walk did not read, and why (a FIFO, a socket, a symbolic-link loop).</summary>
public sealed record SkippedPath(string Path, string Reason);

/// <summary>The log files of a source path in reading order, and what the walk left out.</summary>
public sealed record FolderListing(IReadOnlyList<string> Files, IReadOnlyList<SkippedPath> Skipped);

/// <summary>
/// Expands local paths: a file is read whatever its name; a folder is walked recursively for log files, in ordinal
/// order of their paths so every run lists them the same way. CloudTrail's digest files (hashes of the log files,
/// delivered beside them) hold no events and are left out. Symbolic links are followed, but every real folder and
/// file is taken once (a link back up the tree is a loop, reported and not walked again); FIFOs, sockets and
/// devices are reported and not opened (opening a FIFO waits for a writer).
/// </summary>
public static class LocalFiles
{
    private static readonly string[] LogSuffixes = [".json", ".jsonl", ".ndjson", ".log", ".json.gz", ".jsonl.gz", ".ndjson.gz", ".log.gz"];

    public static bool IsLogFileName(string name) =>
        LogSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) && !name.Contains("_CloudTrail-Digest_", StringComparison.Ordinal);

    /// <summary>The files under <paramref name="path"/>; throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static IEnumerable<string> Expand(string path) => List(path).Files;

    /// <summary>The files under <paramref name="path"/> and what was skipped; throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static FolderListing List(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-" || File.Exists(path))
        {
            // A file named on the command line is read whatever it is (a FIFO too, like standard input).
            return new FolderListing([path], []);
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"no such file or folder: {path}", path);
        }

        var found = new List<(string Path, FileIdentity Identity)>();
        var skipped = new List<SkippedPath>();
        var walked = new Dictionary<FileIdentity, string> { [FileIdentity.Of(path)] = path };
        Walk(path, found, skipped, walked);
        var seen = new HashSet<FileIdentity>();
        var files = found.OrderBy(f => f.Path, StringComparer.Ordinal)
            .Where(f => f.Identity.Inode == 0 || seen.Add(f.Identity))
            .Select(f => f.Path)
            .ToList();
        return new FolderListing(files, skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList());
    }

    private static void Walk(string folder, List<(string, FileIdentity)> found, List<SkippedPath> skipped, Dictionary<FileIdentity, string> walked)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options).Order(StringComparer.Ordinal))
        {
            var identity = FileIdentity.Of(entry);
            if (identity.Kind == FileKind.Directory)
            {
                if (identity.Inode != 0 && !walked.TryAdd(identity, entry))
                {
                    skipped.Add(new SkippedPath(entry, $"skipped: the same folder as {walked[identity]}, walked already (a symbolic-link loop, or a second link to it)"));
                    continue;
                }

                Walk(entry, found, skipped, walked);
            }
            else if (IsLogFileName(Path.GetFileName(entry)))
            {
                if (identity.Kind == FileKind.Regular)
                {
                    found.Add((entry, identity));
                }
                else
                {
                    skipped.Add(new SkippedPath(entry, $"skipped: {FileIdentity.Describe(identity.Kind)}, not a regular file"));
                }
            }
        }
    }
}
