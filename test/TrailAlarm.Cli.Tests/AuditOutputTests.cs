using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrailAlarm.Cli.Tests;

/// <summary>What the audit and controls outputs show, run through the real binary.</summary>
public sealed class AuditOutputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("trailalarm-auditout-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Fixture(string name, [CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "TrailAlarm.Tests", "Snapshots", name + ".json"));

    private CliRun Run(params string[] args) => CliRunner.RunProcess(new Dictionary<string, string?> { ["COLUMNS"] = null }, dir, args);

    /// <summary>The compliant account plus a second trail homed in us-west-2, where no Config recorder runs.</summary>
    private string TrailHomedWhereNothingRecords()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Fixture("compliant")))!;
        var account = doc["accounts"]![0]!;
        account["regions"] = new JsonArray("us-east-1", "us-west-2");
        var west = account["trails"]![0]!.DeepClone();
        west["name"] = "west";
        west["arn"] = "arn:aws:cloudtrail:us-west-2:111122223333:trail/west";
        west["homeRegion"] = "us-west-2";
        account["trails"]!.AsArray().Add(west);
        var path = Path.Combine(dir, "west.json");
        File.WriteAllText(path, doc.ToJsonString());
        return path;
    }

    [Fact]
    public void Audit_json_writes_apostrophes_as_they_are()
    {
        var run = Run("audit", "--from-snapshot", TrailHomedWhereNothingRecords(), "--format", "json");
        Assert.Contains("a trail's home region", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_recorder_failure_shows_the_region_that_decides_it_in_the_table_and_json()
    {
        var snapshot = TrailHomedWhereNothingRecords();
        var table = Run("audit", "--from-snapshot", snapshot, "--controls", "config-records-cloudtrail");
        Assert.Equal(1, table.ExitCode);
        var row = Assert.Single(table.Stdout.Split('\n'), l => l.Contains("config-records-cloudtrail", StringComparison.Ordinal));
        Assert.Contains("us-west-2", row, StringComparison.Ordinal);
        Assert.DoesNotContain("us-east-1", row.Split('│')[3], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Run("audit", "--from-snapshot", snapshot, "--controls", "config-records-cloudtrail", "--format", "json").Stdout);
        Assert.Equal("us-west-2", json.RootElement.GetProperty("findings")[0].GetProperty("region").GetString());
    }

    [Fact]
    public void The_controls_table_shows_every_framework_item_the_json_lists()
    {
        using var json = JsonDocument.Parse(Run("controls", "--format", "json").Stdout);
        var table = Run("controls").Stdout;
        Assert.DoesNotContain("\\u0027", json.RootElement.GetRawText(), StringComparison.Ordinal);
        foreach (var control in json.RootElement.GetProperty("controls").EnumerateArray())
        {
            foreach (var item in control.GetProperty("frameworks").EnumerateObject())
            {
                Assert.Contains($"{item.Name} {item.Value.GetString()}", table, StringComparison.Ordinal);
            }
        }
    }
}
