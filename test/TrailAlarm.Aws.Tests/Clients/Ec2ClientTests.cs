using TrailAlarm.Aws.Ec2;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class Ec2ClientTests(MotoServer moto)
{
    [Fact]
    public async Task Enabled_regions_include_the_default_ones_and_are_sorted()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var regions = await session.Ec2().EnabledRegionNamesAsync();

        Assert.Contains("us-east-1", regions);
        Assert.Contains("eu-west-1", regions);
        Assert.Equal(regions.Order(StringComparer.Ordinal), regions);
        Assert.All(regions, r => Assert.True(RegionResolver.IsRegionName(r), r));
    }

    [Fact]
    public async Task Regions_can_be_asked_for_by_name()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var response = await session.Ec2().DescribeRegionsAsync(new DescribeRegionsRequest { RegionNames = ["eu-west-1", "us-west-2"] });

        Assert.Equal(["eu-west-1", "us-west-2"], response.Regions.Select(r => r.RegionName).Order());
        Assert.All(response.Regions, r => Assert.Contains(r.RegionName, r.Endpoint));
    }

    [Fact]
    public void Opt_in_status_decides_whether_a_region_is_enabled()
    {
        Assert.True(new RegionInfo("us-east-1", null, "opt-in-not-required").IsEnabled);
        Assert.True(new RegionInfo("af-south-1", null, "opted-in").IsEnabled);
        Assert.False(new RegionInfo("me-south-1", null, "not-opted-in").IsEnabled);
    }
}
