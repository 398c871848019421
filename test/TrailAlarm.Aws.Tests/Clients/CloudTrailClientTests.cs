using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class CloudTrailClientTests(MotoServer moto)
{
    private static async Task<(AwsSession Session, string Account, string Bucket)> AccountWithBucketAsync(MotoServer moto)
    {
        var session = await MotoAws.NewAccountAsync(moto, out var account);
        var bucket = "trail-" + account;
        await session.S3().CreateBucketAsync(bucket);
        return (session, account, bucket);
    }

    [Fact]
    public async Task Created_multi_region_trail_is_described_in_another_region_with_its_home_region()
    {
        var (session, account, bucket) = await AccountWithBucketAsync(moto);
        using var _ = session;
        var created = await session.CloudTrail().CreateTrailAsync(new TrailSettings
        {
            Name = "main",
            S3BucketName = bucket,
            IsMultiRegionTrail = true,
            IncludeGlobalServiceEvents = true,
        });
        Assert.Equal($"arn:aws:cloudtrail:us-east-1:{account}:trail/main", created.TrailArn);

        var trails = await session.CloudTrail("eu-west-1").DescribeAllTrailsAsync();

        var trail = Assert.Single(trails);
        Assert.Equal("main", trail.Name);
        Assert.Equal("us-east-1", trail.HomeRegion);
        Assert.True(trail.IsMultiRegionTrail);
        Assert.Equal(bucket, trail.S3BucketName);
    }

    [Fact]
    public async Task Trail_status_follows_start_and_stop_logging()
    {
        var (session, _, bucket) = await AccountWithBucketAsync(moto);
        using var _ = session;
        var ct = session.CloudTrail();
        await ct.CreateTrailAsync(new TrailSettings { Name = "trail-one", S3BucketName = bucket });

        Assert.False((await ct.GetTrailStatusAsync(new("trail-one"))).IsLogging);
        await ct.StartLoggingAsync(new("trail-one"));
        var started = await ct.GetTrailStatusAsync(new("trail-one"));
        Assert.True(started.IsLogging);
        Assert.NotNull(started.StartLoggingTime);
        await ct.StopLoggingAsync(new("trail-one"));
        Assert.False((await ct.GetTrailStatusAsync(new("trail-one"))).IsLogging);
    }

    [Fact]
    public async Task Missing_trail_is_a_typed_not_found_error_naming_the_call()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().GetTrailStatusAsync(new("nope")));

        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("TrailNotFoundException", error.Code);
        Assert.Equal("cloudtrail", error.Service);
        Assert.Equal("GetTrailStatus", error.Operation);
        Assert.Equal("us-east-1", error.Region);
        Assert.Equal(400, error.HttpStatus);
    }
}
