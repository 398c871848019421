using System.Text;
using TrailAlarm.Catalogue;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Tests.Frameworks;

public class FrameworkCatalogueTests
{
    private static Framework Get(string id) => FrameworkCatalogue.Default.Find(id) ?? throw new Xunit.Sdk.XunitException($"framework {id} missing");

    [Theory]
    [InlineData("cis-aws-foundations-1.2.0", "3.5", "3.9")]
    [InlineData("cis-aws-foundations-1.3.0", "4.5", "4.9")]
    [InlineData("cis-aws-foundations-3.0.0", "4.5", "4.9")]
    [InlineData("cis-aws-foundations-4.0.1", "4.5", "4.9")]
    [InlineData("cis-aws-foundations-5.0.0", "4.5", "4.9")]
    [InlineData("cis-aws-foundations-6.0.0", "5.5", "5.9")]
    [InlineData("cis-aws-foundations-7.0.0", "5.5", "5.9")]
    [InlineData("aws-securityhub", "CloudWatch.5", "CloudWatch.9")]
    public void Cis_and_security_hub_number_both_monitoring_controls(string framework, string trailItem, string configItem)
    {
        Assert.Equal(trailItem, Get(framework).LabelFor("cloudtrail-changes-monitored"));
        Assert.Equal(configItem, Get(framework).LabelFor("config-changes-monitored"));
    }

    [Theory]
    [InlineData("cis-aws-foundations-3.0.0", "Automated")]
    [InlineData("cis-aws-foundations-4.0.0", "Manual")]
    [InlineData("cis-aws-foundations-5.0.0", "Manual")]
    public void Cis_trail_item_turns_manual_from_version_4(string framework, string assessment)
    {
        Assert.Equal(assessment, Get(framework).Items.Single(i => i.Control == "cloudtrail-changes-monitored").Assessment);
    }

    [Fact]
    public void Seed_numbers_for_nist_and_fedramp_are_kept()
    {
        Assert.Equal("AU-12, SI-4(20)", Get("nist-800-53-rev5").LabelFor("config-changes-monitored"));
        Assert.Equal("DE.CM-01, DE.CM-03, DE.CM-09", Get("nist-csf-2.0").LabelFor("config-changes-monitored"));
        Assert.Equal("AU-12", Get("fedramp-low").LabelFor("config-changes-monitored"));
        Assert.Equal("AU-12", Get("fedramp-moderate").LabelFor("config-changes-monitored"));
        Assert.Equal("AU-12, SI-4(20)", Get("fedramp-high").LabelFor("config-changes-monitored"));
    }

    [Fact]
    public void A_framework_item_without_a_number_is_refused()
    {
        using var json = new MemoryStream("{\"id\":\"x\",\"name\":\"X\",\"source\":\"s\",\"items\":[{\"control\":\"cloudtrail-changes-monitored\"}]}"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => FrameworkCatalogue.Parse(json, "x.json"));
        Assert.Contains("x.json: the item for cloudtrail-changes-monitored has no item number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_framework_item_names_a_control_of_the_catalogue()
    {
        var ids = ControlCatalogue.Default.Controls.Select(c => c.Id).ToHashSet();
        foreach (var framework in FrameworkCatalogue.Default.Frameworks)
        {
            Assert.All(framework.Items, i => Assert.Contains(i.Control, ids));
        }
    }

    [Fact]
    public void Control_frameworks_are_built_from_the_framework_files()
    {
        var control = ControlCatalogue.Default.Find("config-changes-monitored")!;
        Assert.Equal("4.9", control.Frameworks["cis-aws-foundations-5.0.0"]);
        Assert.Equal("AU-12", control.Frameworks["fedramp-moderate"]);
        Assert.False(control.Frameworks.ContainsKey("pci-dss"));
        Assert.Equal("Config.1", ControlCatalogue.Default.Find("config-records-cloudtrail")!.Frameworks["aws-securityhub"]);
    }

    [Fact]
    public void Selection_orders_controls_as_the_framework_numbers_them()
    {
        var framework = new Framework("x", "X", "test", [
            new FrameworkItem("config-changes-monitored", "4.10", null, null, null),
            new FrameworkItem("cloudtrail-changes-monitored", "4.9", null, null, null),
        ]);
        var selected = FrameworkSelection.Select(framework, ControlCatalogue.Default);
        Assert.Equal(["cloudtrail-changes-monitored", "config-changes-monitored"], selected.Select(s => s.Control.Id));
        Assert.Equal(["4.9", "4.10"], selected.Select(s => s.Label));
    }

    [Fact]
    public void A_framework_file_without_items_is_rejected_naming_the_file()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "id": "x", "name": "X", "source": "s", "items": [] }"""));
        var error = Assert.Throws<InvalidDataException>(() => FrameworkCatalogue.Parse(json, "x.json"));
        Assert.Contains("x.json", error.Message);
    }

    [Fact]
    public void Malformed_framework_json_is_rejected_naming_the_file()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "id": "x", """));
        var error = Assert.Throws<InvalidDataException>(() => FrameworkCatalogue.Parse(json, "broken.json"));
        Assert.StartsWith("framework file broken.json:", error.Message);
    }
}
