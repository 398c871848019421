namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>
/// Finds the shared specification folder: walking up from the test binaries to a folder that holds
/// shared/specs (CI clones the repo with shared/ beside it), else /work/shared.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "specs"))) return candidate;
        }
        if (Directory.Exists("/work/shared/specs")) return "/work/shared";
        throw new DirectoryNotFoundException(
            "shared specification folder not found: expected a 'shared/specs' folder in an ancestor of " + AppContext.BaseDirectory + " or /work/shared");
    }
}
