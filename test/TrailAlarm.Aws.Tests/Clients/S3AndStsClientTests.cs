using System.Text;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class S3AndStsClientTests(MotoServer moto)
{
    [Fact]
    public async Task Objects_are_listed_across_pages_and_read_back()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account, "eu-west-1");
        var s3 = session.S3();
        var bucket = "logs-" + account;
        await s3.CreateBucketAsync(bucket);
        var keys = Enumerable.Range(0, 7).Select(i => $"AWSLogs/{account}/CloudTrail/eu-west-1/{i:D2}.json.gz").ToList();
        foreach (var key in keys)
        {
            await s3.PutObjectAsync(bucket, key, Encoding.UTF8.GetBytes(key));
        }

        await s3.PutObjectAsync(bucket, "elsewhere/x", [1]);
        var first = await s3.ListObjectsV2Async(bucket, "AWSLogs/", maxKeys: 3);
        var all = await s3.ListAllObjectsAsync(bucket, "AWSLogs/", pageSize: 3);

        Assert.Equal(3, first.Objects.Count);
        Assert.NotNull(first.NextContinuationToken);
        Assert.Equal(keys, all.Select(o => o.Key).ToList());
        Assert.Equal(keys[4], Encoding.UTF8.GetString(await s3.GetObjectAsync(bucket, keys[4])));
    }

    [Fact]
    public async Task Missing_bucket_is_a_typed_not_found_error()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.S3().ListObjectsV2Async("absent-" + account));

        Assert.Equal("NoSuchBucket", error.Code);
        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("s3:ListObjectsV2", error.Call);
    }

    [Fact]
    public async Task Caller_identity_is_the_account_named_in_the_test_header()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);

        var identity = await session.Sts().GetCallerIdentityAsync();

        Assert.Equal(account, identity.Account);
    }

    [Fact]
    public async Task Assumed_role_session_acts_in_the_target_account()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var management);
        var member = MotoServer.NewAccountId();

        using var assumed = await session.AssumeRoleAsync(member, "OrganizationAccountAccessRole");
        var identity = await assumed.Sts().GetCallerIdentityAsync();

        Assert.Equal(member, identity.Account);
        Assert.Contains("assumed-role/OrganizationAccountAccessRole/trailalarm", identity.Arn);
        Assert.NotEqual(management, identity.Account);
        Assert.NotNull(assumed.Settings.Credentials?.SessionToken);
    }
}
