using TrailAlarm.Aws.LogSources;

namespace TrailAlarm.Aws.Tests;

public class LogSourceFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("trailalarm-folder-").FullName;

    [Fact]
    public void A_folder_is_walked_recursively_in_ordinal_order_keeping_only_log_files_not_digests()
    {
        foreach (var name in new[] { "b/2.json.gz", "a/1.json", "a/notes.txt", "c.jsonl", "a/z/3.ndjson", "d/111122223333_CloudTrail-Digest_us-east-1_t_us-east-1_20240501T100000Z.json.gz" })
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}");
        }

        var files = LocalFiles.Expand(root).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
        Assert.Equal(["a/1.json", "a/z/3.ndjson", "b/2.json.gz", "c.jsonl"], files);
    }

    [Fact]
    public void A_missing_path_is_a_clear_error()
    {
        var missing = Path.Combine(root, "nope");
        var e = Assert.Throws<FileNotFoundException>(() => LocalFiles.Expand(missing).ToList());
        Assert.Contains(missing, e.Message);
    }

    [Fact]
    public void A_named_file_is_read_whatever_its_extension()
    {
        var path = Path.Combine(root, "events.txt");
        File.WriteAllText(path, "{}");
        Assert.Equal([path], LocalFiles.Expand(path));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
