using System.Text.Json;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Tests;

public class CommandLineContractTests
{
    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var run = CliRunner.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout.Trim());
    }

    [Fact]
    public void Unknown_flag_is_one_line_on_stderr_and_exit_2()
    {
        var run = CliRunner.Run("audit", "--no-such-flag");
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("--no-such-flag", lines[0]);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_command_not_built_yet_says_so_and_exits_2()
    {
        // Every registered command is built now, so the stub is checked on a command of its own.
        using var stderr = new StringWriter();
        var command = new System.CommandLine.Command("unfinished");
        Commands.NotBuilt.Attach(command, new CliConsole(TextWriter.Null, stderr), "unfinished");

        var code = command.Parse([]).Invoke();

        Assert.Equal(2, code);
        Assert.Contains("not built yet", stderr.ToString());
    }

    [Fact]
    public void Controls_json_lists_the_catalogue_with_its_cis_numbers()
    {
        var run = CliRunner.Run("controls", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var controls = doc.RootElement.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(ControlCatalogue.Default.Controls.Select(c => c.Id), controls.Select(c => c.GetProperty("id").GetString()!));
        var trail = controls.Single(c => c.GetProperty("id").GetString() == "cloudtrail-changes-monitored").GetProperty("frameworks");
        Assert.Equal("3.5", trail.GetProperty("cis-aws-foundations-1.2.0").GetString());
        Assert.Equal("4.5", trail.GetProperty("cis-aws-foundations-3.0.0").GetString());
        Assert.Equal("5.5", trail.GetProperty("cis-aws-foundations-7.0.0").GetString());
        Assert.Equal("CloudWatch.5", trail.GetProperty("aws-securityhub").GetString());
        var config = controls.Single(c => c.GetProperty("id").GetString() == "config-changes-monitored").GetProperty("frameworks");
        Assert.Equal("3.9", config.GetProperty("cis-aws-foundations-1.2.0").GetString());
        Assert.Equal("4.9", config.GetProperty("cis-aws-foundations-5.0.0").GetString());
        Assert.Equal("5.9", config.GetProperty("cis-aws-foundations-6.0.0").GetString());
        Assert.Equal("CloudWatch.9", config.GetProperty("aws-securityhub").GetString());
    }

    [Fact]
    public void Controls_with_an_unknown_framework_is_a_usage_error()
    {
        var run = CliRunner.Run("controls", "--framework", "no-such-framework");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown framework 'no-such-framework'", run.Stderr);
    }

    [Fact]
    public void Controls_filtered_by_framework_lists_only_its_controls()
    {
        var run = CliRunner.Run("controls", "--framework", "cis-aws-foundations-5.0.0", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var mapped = ControlCatalogue.Default.Controls.Count(c => c.Frameworks.ContainsKey("cis-aws-foundations-5.0.0"));
        Assert.Equal(16, mapped);
        Assert.Equal(mapped, doc.RootElement.GetProperty("controls").GetArrayLength());
    }
}
