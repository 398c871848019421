using System.Text.Json;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Tests;

public class ReportFrameworkControlsTests
{
    private static List<JsonElement> Controls(params string[] args)
    {
        var run = CliRunner.Run(["controls", .. args, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        return doc.RootElement.GetProperty("controls").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    [Theory]
    [InlineData("cis-aws-foundations-1.2.0", "2.5", "3.14")]
    [InlineData("cis-aws-foundations-4.0.1", "4.1", "4.15")]
    [InlineData("cis-aws-foundations-6.0.0", "5.1", "5.15")]
    [InlineData("cis-aws-foundations-7.0.0", "5.5", "5.9")]
    [InlineData("aws-securityhub", "CloudWatch.1", "Config.1")]
    public void Controls_of_a_framework_carry_its_item_numbers_in_its_order(string framework, string first, string last)
    {
        var controls = Controls("--framework", framework);
        var items = controls.Select(c => c.GetProperty("item").GetString()!).ToList();
        Assert.Equal(first, items[0]);
        Assert.Equal(last, items[^1]);
        Assert.Equal(items.OrderBy(i => i, TrailAlarm.Frameworks.ItemNumberComparer.Instance), items);
        var expected = ControlCatalogue.Default.Controls.Where(c => c.Frameworks.ContainsKey(framework)).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, controls.Select(c => c.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_framework_with_several_items_for_one_control_lists_them_all()
    {
        var controls = Controls("--framework", "nist-csf-2.0");
        Assert.Equal("config-changes-monitored", Assert.Single(controls).GetProperty("id").GetString());
        Assert.Equal("DE.CM-01, DE.CM-03, DE.CM-09", controls[0].GetProperty("item").GetString());
    }

    [Fact]
    public void Without_a_framework_no_item_is_printed()
    {
        Assert.All(Controls(), c => Assert.False(c.TryGetProperty("item", out _)));
    }

    [Fact]
    public void Table_for_a_framework_leads_with_its_item_column()
    {
        var run = CliRunner.Run("controls", "--framework", "fedramp-high");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fedramp-high", run.Stdout);
        Assert.Contains("AU-12, SI-4(20)", run.Stdout);
        Assert.DoesNotContain("cloudtrail-changes-monitored", run.Stdout);
    }

    [Fact]
    public void Unknown_framework_error_lists_the_known_ids_on_one_line()
    {
        var run = CliRunner.Run("controls", "--framework", "cis-9");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unknown framework 'cis-9'", line);
        Assert.Contains("nist-800-53-rev5", line);
        Assert.Equal("", run.Stdout);
    }
}
