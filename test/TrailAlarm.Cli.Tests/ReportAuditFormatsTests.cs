using System.Text.Json;
using System.Xml.Linq;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// audit --from-snapshot writing every format into one folder; each file is read back and compared with the
/// JSON findings of the same run.
/// </summary>
public sealed class ReportAuditFormatsTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("trailalarm-audit-formats-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static string Snapshot(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "test", "TrailAlarm.Tests", "Snapshots", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    private sealed record JsonFinding(string ControlId, string Status, string Account, string Region, string Resource, string Reason, string[] Steps, Dictionary<string, string> Frameworks);

    private List<JsonFinding> AuditAllFormats(string snapshot, params string[] extra)
    {
        var run = CliRunner.Run(["audit", "--from-snapshot", Snapshot(snapshot), "--output-dir", work,
            "--format", "json", "--format", "csv", "--format", "ocsf", "--format", "asff", "--format", "sarif", "--format", "junit", "--format", "html", .. extra]);
        Assert.True(run.ExitCode is 0 or 1 or 3, run.Stderr);
        Assert.Equal(7, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "trailalarm-audit.json")));
        return doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => new JsonFinding(
            f.GetProperty("controlId").GetString()!, f.GetProperty("status").GetString()!, f.GetProperty("account").GetString()!,
            f.GetProperty("region").GetString()!, f.GetProperty("resource").GetString()!, f.GetProperty("reason").GetString()!,
            f.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("step").GetString()}={s.GetProperty("status").GetString()}: {s.GetProperty("detail").GetString()}").ToArray(),
            f.GetProperty("frameworks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!))).ToList();
    }

    private JsonElement ReadJson(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, file)));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Every_file_format_agrees_with_the_json_findings()
    {
        var findings = AuditAllFormats("pending-subscription.json");
        Assert.Contains(findings, f => f.Status == "FAIL");

        var csv = File.ReadAllText(Path.Combine(work, "trailalarm-audit.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(findings.Count + 1, csv.Length);

        var ocsf = ReadJson("trailalarm-audit.ocsf.json").EnumerateArray().ToList();
        var asff = ReadJson("trailalarm-audit.asff.json").GetProperty("Findings").EnumerateArray().ToList();
        var sarif = ReadJson("trailalarm-audit.sarif").GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var junit = XDocument.Load(Path.Combine(work, "trailalarm-audit.junit.xml")).Descendants("testcase").ToList();
        var html = XDocument.Parse(File.ReadAllText(Path.Combine(work, "trailalarm-audit.html")).Replace("<!DOCTYPE html>", "", StringComparison.Ordinal))
            .Descendants().Where(e => e.Name.LocalName == "article").ToList();
        Assert.All(new[] { ocsf.Count, asff.Count, sarif.Count, junit.Count, html.Count }, n => Assert.Equal(findings.Count, n));

        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            Assert.StartsWith($"\"{f.ControlId}\",", csv[i + 1]);
            Assert.Contains($"\"{f.Status}\",\"{ControlCatalogue.Default.Find(f.ControlId)!.Severity}\",\"{f.Account}\",\"{f.Region}\",\"{f.Resource}\"", csv[i + 1]);
            Assert.Equal(f.ControlId, ocsf[i].GetProperty("compliance").GetProperty("control").GetString());
            Assert.Equal(f.Status, ocsf[i].GetProperty("unmapped").GetProperty("trailalarm_status").GetString());
            Assert.Equal(f.Reason, ocsf[i].GetProperty("message").GetString());
            Assert.Equal(f.Account, asff[i].GetProperty("AwsAccountId").GetString());
            Assert.Equal(f.Resource, asff[i].GetProperty("Resources")[0].GetProperty("Id").GetString());
            Assert.Equal(f.Frameworks.Count, asff[i].GetProperty("Compliance").GetProperty("RelatedRequirements").GetArrayLength());
            Assert.Equal(f.ControlId, sarif[i].GetProperty("ruleId").GetString());
            Assert.Contains(sarif[i].GetProperty("level").GetString(), (string[])(f.Status == "FAIL" ? ["error", "warning"] : f.Status == "UNKNOWN" ? ["warning"] : ["none"]));
            Assert.Equal($"{f.Account}.{f.Region}", (string?)junit[i].Attribute("classname"));
            Assert.Equal(f.Status == "FAIL", junit[i].Element("failure") is not null);
            Assert.Equal(f.Status, (string?)html[i].Attribute("data-status"));
            Assert.All(f.Steps, s => Assert.Contains(s, File.ReadAllText(Path.Combine(work, "trailalarm-audit.csv")).Replace("\"\"", "\"", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void With_a_framework_the_file_formats_carry_only_its_items_in_its_order()
    {
        AuditAllFormats("compliant.json", "--framework", "cis-aws-foundations-7.0.0");
        var asff = ReadJson("trailalarm-audit.asff.json").GetProperty("Findings").EnumerateArray().ToList();
        Assert.Equal(
            ["cis-aws-foundations-7.0.0 5.5", "cis-aws-foundations-7.0.0 5.9"],
            asff.Select(a => Assert.Single(a.GetProperty("Compliance").GetProperty("RelatedRequirements").EnumerateArray()).GetString()));
    }

    [Fact]
    public void A_report_format_goes_to_standard_output_when_no_destination_is_given()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Snapshot("compliant.json"), "--format", "junit");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("testsuites", XDocument.Parse(run.Stdout).Root!.Name.LocalName);
    }

    [Fact]
    public void Two_formats_without_an_output_folder_is_a_one_line_usage_error()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Snapshot("compliant.json"), "--format", "csv", "--format", "html");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output-dir", Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_before_anything_is_read()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Path.Combine(work, "missing.json"), "--format", "pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown --format 'pdf'", run.Stderr);
    }
}
