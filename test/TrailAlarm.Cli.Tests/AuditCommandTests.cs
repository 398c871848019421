using System.Runtime.CompilerServices;
using System.Text.Json;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Tests;

/// <summary>The audit command over saved snapshots (no AWS calls): formats, exit codes, options and bad input.</summary>
public class AuditCommandTests
{
    private static string Fixture(string name, [CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "TrailAlarm.Tests", "Snapshots", name + ".json"));

    [Fact]
    public void Compliant_snapshot_passes_every_control_and_exits_0()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("compliant"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("trailalarm.audit/v1", root.GetProperty("schema").GetString());
        Assert.Equal("trailalarm", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(ControlCatalogue.Default.Controls.Count, root.GetProperty("summary").GetProperty("pass").GetInt32());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("cloudtrail-changes-monitored", finding.GetProperty("controlId").GetString());
        Assert.Equal("PASS", finding.GetProperty("status").GetString());
        Assert.Equal("111122223333", finding.GetProperty("account").GetString());
        Assert.Equal("4.5", finding.GetProperty("frameworks").GetProperty("cis-aws-foundations-5.0.0").GetString());
        Assert.Equal("trail", finding.GetProperty("steps")[0].GetProperty("step").GetString());
        Assert.True(root.GetProperty("finishedAt").GetDateTimeOffset() >= root.GetProperty("startedAt").GetDateTimeOffset());
    }

    [Fact]
    public void A_failing_control_exits_1_and_the_table_shows_the_failing_step_reason()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("pending-subscription"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("account 111122223333", run.Stdout);
        Assert.Contains("pending confirmation", run.Stdout);
        Assert.Contains($"1 PASS, {ControlCatalogue.Default.Controls.Count - 1} FAIL, 0 UNKNOWN, 0 NOT_APPLICABLE", run.Stdout);
        Assert.DoesNotContain("recording-group:", run.Stdout);
    }

    [Fact]
    public void Verbose_table_shows_every_step()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("compliant"), "--verbose", "--controls", "config-records-cloudtrail");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("recording-group:", run.Stdout);
        Assert.DoesNotContain("cloudtrail-changes-monitored", run.Stdout);
    }

    [Fact]
    public void Nothing_failed_but_something_unknown_exits_3()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("denied-alarms"), "--controls", "cloudtrail-changes-monitored");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("cloudwatch:DescribeAlarms", run.Stdout);
    }

    [Fact]
    public void Not_applicable_alone_exits_0()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("org-trail-member"), "--controls", "cloudtrail-changes-monitored", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"NOT_APPLICABLE\"", run.Stdout);
    }

    [Fact]
    public void Framework_selects_its_controls_and_shows_its_numbers()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("compliant"), "--framework", "cis-aws-foundations-7.0.0");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5.5 cloudtrail-changes-monitored", run.Stdout);
        Assert.DoesNotContain("config-records-cloudtrail", run.Stdout);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file_and_nothing_to_stdout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRunner.Run("audit", "--from-snapshot", Fixture("compliant"), "--format", "json", "--output", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Stdout);
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(ControlCatalogue.Default.Controls.Count, doc.RootElement.GetProperty("findings").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--controls", "no-such-control", "no-such-control")]
    [InlineData("--framework", "cis-aws-foundations-0.1", "cis-aws-foundations-0.1")]
    [InlineData("--format", "yaml", "yaml")]
    public void Bad_option_values_are_one_line_usage_errors(string option, string value, string mentioned)
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("compliant"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(mentioned, run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("sarif")]
    public void Report_formats_are_printed_with_the_audit_exit_code(string format)
    {
        var run = CliRunner.Run("audit", "--from-snapshot", Fixture("compliant"), "--format", format);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("cloudtrail-changes-monitored", run.Stdout);
    }

    [Fact]
    public void A_broken_snapshot_file_is_a_one_line_error_naming_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n \"schema\": \"trailalarm.snapshot/v1\",\n \"accounts\": [ { \"account\": 12 } ]\n}");
        try
        {
            var run = CliRunner.Run("audit", "--from-snapshot", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(path, run.Stderr);
            Assert.Contains("line 3", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_snapshot_file_is_a_usage_error()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", "/nonexistent/snapshot.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/snapshot.json", run.Stderr);
    }

    [Fact]
    public void Accounts_without_a_role_name_is_a_usage_error()
    {
        var run = CliRunner.Run("audit", "--accounts", "all", "--endpoint-url", "http://127.0.0.1:9");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--role-name", run.Stderr);
    }

    [Fact]
    public void A_bad_region_name_is_a_usage_error()
    {
        var run = CliRunner.Run("audit", "--regions", "us-east-1,Mars", "--endpoint-url", "http://127.0.0.1:9");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'Mars'", run.Stderr);
    }
}
