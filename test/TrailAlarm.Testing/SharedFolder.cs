namespace TrailAlarm.Testing;

/// <summary>
/// The project's shared/ folder (design, specs, third-party corpus): found by walking up from the test binaries to a
/// folder holding shared/corpus (CI clones shared/ beside the repository), else /work/shared.
/// </summary>
public static class SharedFolder
{
    public static string Root { get; } = Find();

    public static string Corpus => Path.Combine(Root, "corpus", "cloudtrail");

    public static string Specs => Path.Combine(Root, "specs");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                if (Directory.Exists(Path.Combine(candidate, "corpus")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return Directory.Exists("/work/shared/corpus") ? "/work/shared" : throw new DirectoryNotFoundException("shared/corpus not found above the test binaries nor at /work/shared");
    }
}
