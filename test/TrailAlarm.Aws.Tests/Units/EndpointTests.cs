using Amazon.Runtime.Endpoints;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Tests.Units;

public class EndpointTests
{
    private static Endpoint Resolve(ServiceDef def, string region, bool fips = false, bool dualStack = false, string? custom = null)
    {
        var parameters = new EndpointParameters();
        parameters["Region"] = region;
        parameters["UseFIPS"] = fips;
        parameters["UseDualStack"] = dualStack;
        parameters["Endpoint"] = custom;
        return new PartitionEndpointProvider(def).ResolveEndpoint(parameters);
    }

    [Theory]
    [InlineData("us-east-1", "https://cloudtrail.us-east-1.amazonaws.com")]
    [InlineData("eu-central-2", "https://cloudtrail.eu-central-2.amazonaws.com")]
    [InlineData("cn-north-1", "https://cloudtrail.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", "https://cloudtrail.us-gov-west-1.amazonaws.com")]
    public void Regional_service_host_follows_the_partition(string region, string expected)
        => Assert.Equal(expected, Resolve(ServiceDef.CloudTrail, region).URL);

    [Fact]
    public void Cloudwatch_uses_the_monitoring_prefix_and_signing_name()
    {
        var endpoint = Resolve(ServiceDef.CloudWatch, "eu-west-1");

        Assert.Equal("https://monitoring.eu-west-1.amazonaws.com", endpoint.URL);
        Assert.Equal("monitoring", ServiceDef.CloudWatch.SigningName);
    }

    [Fact]
    public void Fips_adds_the_label_except_in_govcloud_where_the_plain_host_is_fips()
    {
        Assert.Equal("https://logs-fips.us-east-1.amazonaws.com", Resolve(ServiceDef.Logs, "us-east-1", fips: true).URL);
        Assert.Equal("https://logs.us-gov-east-1.amazonaws.com", Resolve(ServiceDef.Logs, "us-gov-east-1", fips: true).URL);
    }

    [Fact]
    public void Dual_stack_uses_the_partition_dual_stack_suffix()
    {
        Assert.Equal("https://sns.us-west-2.api.aws", Resolve(ServiceDef.Sns, "us-west-2", dualStack: true).URL);
        Assert.Equal("https://sns.cn-northwest-1.api.amazonwebservices.com.cn", Resolve(ServiceDef.Sns, "cn-northwest-1", dualStack: true).URL);
    }

    [Theory]
    [InlineData("eu-west-1", "https://organizations.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("cn-north-1", "https://organizations.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1")]
    [InlineData("us-gov-east-1", "https://organizations.us-gov-west-1.amazonaws.com", "us-gov-west-1")]
    public void Organizations_is_global_and_signs_for_the_partition_global_region(string region, string url, string signingRegion)
    {
        var endpoint = Resolve(ServiceDef.Organizations, region);

        Assert.Equal(url, endpoint.URL);
        Assert.Equal(signingRegion, SigningRegion(endpoint));
    }

    [Theory]
    [InlineData("ap-south-1", "https://iam.amazonaws.com")]
    [InlineData("cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", "https://iam.us-gov.amazonaws.com")]
    [InlineData("us-isob-east-1", "https://iam.us-isob-east-1.sc2s.sgov.gov")]
    [InlineData("eusc-de-east-1", "https://iam.eusc-de-east-1.amazonaws.eu")]
    public void Iam_has_one_host_per_partition(string region, string url)
        => Assert.Equal(url, Resolve(ServiceDef.Iam, region).URL);

    [Fact]
    public void A_custom_endpoint_wins_but_the_signing_region_stays_the_client_region()
    {
        var endpoint = Resolve(ServiceDef.Config, "ap-southeast-2", custom: "http://127.0.0.1:5000/");

        Assert.Equal("http://127.0.0.1:5000/", endpoint.URL);
        Assert.Equal("ap-southeast-2", SigningRegion(endpoint));
    }

    [Fact]
    public void Partition_names_appear_in_role_arns()
    {
        Assert.Equal("arn:aws-cn:iam::123456789012:role/Audit", AwsPartition.ForRegion("cn-north-1").RoleArn("123456789012", "Audit"));
        Assert.Equal("arn:aws-us-gov:iam::123456789012:role/Audit", AwsPartition.ForRegion("us-gov-west-1").RoleArn("123456789012", "Audit"));
        Assert.Equal("arn:aws:iam::123456789012:role/Audit", AwsPartition.ForRegion("sa-east-1").RoleArn("123456789012", "Audit"));
    }

    [Fact]
    public void Partition_and_region_are_read_from_arns()
    {
        Assert.Equal("aws-cn", AwsPartition.NameFromArn("arn:aws-cn:logs:cn-north-1:1:log-group:x:*"));
        Assert.Equal("eu-west-1", AwsPartition.RegionFromArn("arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"));
        Assert.Null(AwsPartition.RegionFromArn("arn:aws:iam::123456789012:role/x"));
        Assert.Null(AwsPartition.NameFromArn("not-an-arn"));
    }

    private static string SigningRegion(Endpoint endpoint)
    {
        var schemes = (System.Collections.IEnumerable)endpoint.Attributes["authSchemes"];
        var first = schemes.Cast<IPropertyBag>().First();
        Assert.Equal("sigv4", first["name"]);
        return (string)first["signingRegion"];
    }
}
