using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.AwsRules;

/// <summary>
/// S3 bucket names are global: through the AWS-rules proxy a request that names this account as the expected bucket
/// owner is refused on another account's bucket (403 AccessDenied), and moto's own answers that --create-config-bucket
/// relies on hold: a name another account took is BucketAlreadyExists, a bucket that holds an object is not deleted.
/// </summary>
[Collection(MotoCollection.Name)]
public class BucketOwnerRuleTests(MotoServer moto)
{
    private async Task<(AwsSession Session, string Account)> AccountAsync()
    {
        var account = MotoServer.NewAccountId();
        return (await AwsSession.CreateAsync(MotoAws.Settings(moto.RulesEndpoint, account) with { MaxAttempts = 1 }), account);
    }

    [Fact]
    public async Task The_expected_owner_condition_refuses_another_accounts_bucket_and_passes_ones_own()
    {
        var (owner, ownerAccount) = await AccountAsync();
        var (other, otherAccount) = await AccountAsync();
        using var _ = owner;
        using var __ = other;
        var bucket = $"owned-{ownerAccount}";
        await owner.S3("us-east-1").CreateBucketAsync(bucket);

        var own = await Assert.ThrowsAsync<AwsApiException>(() => owner.S3("us-east-1").GetBucketPolicyAsync(bucket, ownerAccount));
        var theirs = await Assert.ThrowsAsync<AwsApiException>(() => other.S3("us-east-1").GetBucketPolicyAsync(bucket, otherAccount));
        var missing = await Assert.ThrowsAsync<AwsApiException>(() => other.S3("us-east-1").GetBucketPolicyAsync($"nobody-{otherAccount}", otherAccount));

        Assert.Equal("NoSuchBucketPolicy", own.Code);
        Assert.Equal("AccessDenied", theirs.Code);
        Assert.Equal(403, theirs.HttpStatus);
        Assert.Equal("NoSuchBucket", missing.Code);
    }

    [Fact]
    public async Task A_name_another_account_took_is_refused_and_ones_own_again_outside_us_east_1_too()
    {
        var (owner, ownerAccount) = await AccountAsync();
        var (other, _) = await AccountAsync();
        using var _1 = owner;
        using var _2 = other;
        var bucket = $"taken-{ownerAccount}";
        await owner.S3("eu-west-1").CreateBucketAsync(bucket);

        var taken = await Assert.ThrowsAsync<AwsApiException>(() => other.S3("eu-west-1").CreateBucketAsync(bucket));
        var again = await Assert.ThrowsAsync<AwsApiException>(() => owner.S3("eu-west-1").CreateBucketAsync(bucket));

        Assert.Equal("BucketAlreadyExists", taken.Code);
        Assert.Equal("BucketAlreadyOwnedByYou", again.Code);
    }

    [Fact]
    public async Task A_bucket_that_holds_an_object_is_not_deleted()
    {
        var (session, account) = await AccountAsync();
        using var _ = session;
        var bucket = $"full-{account}";
        await session.S3("us-east-1").CreateBucketAsync(bucket);
        await session.S3("us-east-1").PutObjectAsync(bucket, "AWSLogs/x", [1]);

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => session.S3("us-east-1").DeleteBucketAsync(bucket));

        Assert.Equal("BucketNotEmpty", refused.Code);
        Assert.NotEmpty(await session.S3("us-east-1").ListAllObjectsAsync(bucket));
    }
}
