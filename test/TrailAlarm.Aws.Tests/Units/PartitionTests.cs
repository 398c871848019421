using TrailAlarm.Aws.Tests.Faults;

namespace TrailAlarm.Aws.Tests.Units;

public class PartitionTests
{
    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("cn-north-1", "aws-cn")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("eu-isoe-west-1", "aws-iso-e")]
    [InlineData("us-isof-south-1", "aws-iso-f")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    public void Each_region_names_its_partition(string region, string partition)
        => Assert.Equal(partition, AwsPartition.ForRegion(region).Name);

    [Theory]
    [InlineData("arn:aws-iso-b:iam::123456789012:user/ops", "aws-iso-b")]
    [InlineData("arn:aws-eusc:sts::123456789012:assumed-role/r/s", "aws-eusc")]
    [InlineData("arn:aws:iam::123456789012:root", "aws")]
    public void An_arn_names_its_partition(string arn, string partition)
        => Assert.Equal(partition, AwsPartition.ForArn(arn)?.Name);

    [Fact]
    public void An_unknown_partition_or_a_non_arn_names_none()
    {
        Assert.Null(AwsPartition.ForArn("arn:aws-moon:iam::1:root"));
        Assert.Null(AwsPartition.ForArn("not-an-arn"));
    }

    [Fact]
    public async Task The_session_partition_is_the_callers_once_sts_has_named_it_whatever_the_home_region()
    {
        using var server = new CannedServer(_ => HttpWire.Response(200, "text/xml",
            "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws-iso-b:iam::123456789012:user/ops</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>"));
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(server.Endpoint));

        var before = session.Partition.Name;
        await session.Sts().GetCallerIdentityAsync();

        Assert.Equal("aws", before);
        Assert.Equal("aws-iso-b", session.Partition.Name);
        Assert.Equal("arn:aws-iso-b:iam::210987654321:role/audit", session.Partition.RoleArn("210987654321", "audit"));
    }
}
