using System.Text.Json;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.Findings;

namespace TrailAlarm.Cli.Tests;

public sealed class ReportOutputsTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("trailalarm-out-").FullName;

    private static readonly AuditReport Report = new("0.1.0", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(1),
    [
        new Finding("cloudtrail-changes-monitored", Status.Fail, "medium", "111111111111", "us-east-1", "", "no alarm", [], new Dictionary<string, string>()),
    ]);

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_it_and_the_known_ones()
    {
        var error = Assert.Throws<UsageException>(() => ReportOutputs.Validate(["pdf"], null, null));
        Assert.Contains("'pdf'", error.Message);
        Assert.Contains("sarif", error.Message);
        Assert.Contains("table", error.Message);
    }

    [Fact]
    public void Several_formats_need_an_output_folder()
    {
        Assert.Throws<UsageException>(() => ReportOutputs.Validate(["csv", "html"], null, null));
        ReportOutputs.Validate(["csv", "html", "json"], null, work);
    }

    [Fact]
    public void Output_file_and_output_folder_exclude_each_other()
    {
        Assert.Throws<UsageException>(() => ReportOutputs.Validate(["csv"], Path.Combine(work, "a.csv"), work));
    }

    [Fact]
    public void Each_format_lands_in_its_own_file_in_the_folder()
    {
        var folder = Path.Combine(work, "reports");
        foreach (var format in new[] { "sarif", "junit", "asff" })
        {
            ReportOutputs.WriteFileFormat(Report, format, null, folder, TextWriter.Null);
        }

        Assert.Equal(["trailalarm-audit.asff.json", "trailalarm-audit.junit.xml", "trailalarm-audit.sarif"],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order());
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "trailalarm-audit.sarif")));
        Assert.Equal("error", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());
    }

    [Fact]
    public void A_single_format_without_destination_goes_to_standard_output()
    {
        using var stdout = new StringWriter();
        ReportOutputs.WriteFileFormat(Report, "csv", null, null, stdout);
        Assert.StartsWith("\"control_id\"", stdout.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public void An_unwritable_destination_is_a_usage_error_naming_the_path()
    {
        var blocker = Path.Combine(work, "file");
        File.WriteAllText(blocker, "x");
        var error = Assert.Throws<UsageException>(() => ReportOutputs.WriteFileFormat(Report, "csv", Path.Combine(blocker, "r.csv"), null, TextWriter.Null));
        Assert.Contains(Path.Combine(blocker, "r.csv"), error.Message);
    }
}
