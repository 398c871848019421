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

    [Fact]
    public async Task Event_selectors_round_trip_with_data_resources()
    {
        var (session, _, bucket) = await AccountWithBucketAsync(moto);
        using var _ = session;
        var ct = session.CloudTrail();
        await ct.CreateTrailAsync(new TrailSettings { Name = "selectors", S3BucketName = bucket });
        await ct.PutEventSelectorsAsync(new PutEventSelectorsRequest
        {
            TrailName = "selectors",
            EventSelectors =
            [
                new EventSelector
                {
                    ReadWriteType = "WriteOnly",
                    IncludeManagementEvents = true,
                    DataResources = [new DataResource { Type = "AWS::S3::Object", Values = ["arn:aws:s3:::b/"] }],
                },
            ],
        });

        var got = await ct.GetEventSelectorsAsync(new("selectors"));

        var selector = Assert.Single(got.EventSelectors!);
        Assert.Equal("WriteOnly", selector.ReadWriteType);
        Assert.True(selector.IncludeManagementEvents);
        Assert.Equal("arn:aws:s3:::b/", Assert.Single(Assert.Single(selector.DataResources!).Values!));
    }

    [Fact]
    public async Task Update_trail_changes_only_what_it_names_and_get_trail_shows_it()
    {
        var (session, account, bucket) = await AccountWithBucketAsync(moto);
        using var _ = session;
        var ct = session.CloudTrail();
        await ct.CreateTrailAsync(new TrailSettings { Name = "upd", S3BucketName = bucket, S3KeyPrefix = "keep" });
        var logGroupArn = $"arn:aws:logs:us-east-1:{account}:log-group:trail-logs:*";

        var updated = await ct.UpdateTrailAsync(new TrailSettings
        {
            Name = "upd",
            CloudWatchLogsLogGroupArn = logGroupArn,
            CloudWatchLogsRoleArn = $"arn:aws:iam::{account}:role/ct-logs",
        });
        var trail = (await ct.GetTrailAsync(new("upd"))).Trail!;

        Assert.Equal(logGroupArn, updated.CloudWatchLogsLogGroupArn);
        Assert.Equal(logGroupArn, trail.CloudWatchLogsLogGroupArn);
        Assert.Equal("keep", trail.S3KeyPrefix);
    }

    [Fact]
    public async Task List_trails_walks_every_page_and_delete_removes_one()
    {
        var (session, _, bucket) = await AccountWithBucketAsync(moto);
        using var _ = session;
        var ct = session.CloudTrail();
        for (var i = 0; i < 3; i++)
        {
            await ct.CreateTrailAsync(new TrailSettings { Name = $"many-{i}", S3BucketName = bucket });
        }

        await ct.DeleteTrailAsync(new("many-1"));
        var names = (await ct.ListAllTrailsAsync()).Select(t => t.Name).Order().ToList();

        Assert.Equal(["many-0", "many-2"], names);
    }

    [Fact]
    public async Task Trails_of_one_account_are_invisible_to_another()
    {
        var (session, _, bucket) = await AccountWithBucketAsync(moto);
        using var _ = session;
        await session.CloudTrail().CreateTrailAsync(new TrailSettings { Name = "mine", S3BucketName = bucket });
        using var other = await MotoAws.NewAccountAsync(moto);

        Assert.Empty(await other.CloudTrail().DescribeAllTrailsAsync());
    }
}
