using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.S3;

public sealed record S3ObjectSummary(string Key, long Size, DateTimeOffset? LastModified, string? ETag);

public sealed record ListObjectsPage(IReadOnlyList<S3ObjectSummary> Objects, string? NextContinuationToken);

/// <summary>Amazon S3 through the official AWSSDK.S3 client (path-style addressing when an endpoint is overridden).</summary>
public sealed class S3Client : IDisposable
{
    private readonly S3SdkClient client;
    private readonly CallContext context;

    internal S3Client(AWSCredentials credentials, string region, CallContext context)
    {
        var config = new AmazonS3Config();
        SdkSettings.Apply(config, region, context.Settings);
        config.ForcePathStyle = context.Settings.ResolvedEndpointUrl() is not null || config.ServiceURL is not null;
        client = new S3SdkClient(credentials, config);
        Headers.Attach(client, context.Settings);
        Region = region;
        this.context = context;
    }

    public string Region { get; }

    public Task<bool> CreateBucketAsync(string bucket, CancellationToken cancellationToken = default)
        => Run("CreateBucket", async ct =>
        {
            var request = new PutBucketRequest { BucketName = bucket };
            if (Region != "us-east-1")
            {
                request.BucketRegion = new S3Region(Region);
            }

            await client.PutBucketAsync(request, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteBucketAsync(string bucket, CancellationToken cancellationToken = default)
        => Run("DeleteBucket", async ct =>
        {
            await client.DeleteBucketAsync(new DeleteBucketRequest { BucketName = bucket }, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<bool> PutObjectAsync(string bucket, string key, byte[] content, CancellationToken cancellationToken = default)
        => Run("PutObject", async ct =>
        {
            using var stream = new MemoryStream(content, writable: false);
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = stream, AutoCloseStream = false }, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<byte[]> GetObjectAsync(string bucket, string key, CancellationToken cancellationToken = default)
        => Run("GetObject", async ct =>
        {
            using var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, ct).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            return buffer.ToArray();
        }, cancellationToken);

    public Task<ListObjectsPage> ListObjectsV2Async(string bucket, string? prefix = null, string? continuationToken = null, int? maxKeys = null, CancellationToken cancellationToken = default)
        => Run("ListObjectsV2", async ct =>
        {
            var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix, ContinuationToken = continuationToken, MaxKeys = maxKeys };
            var response = await client.ListObjectsV2Async(request, ct).ConfigureAwait(false);
            var objects = (response.S3Objects ?? []).Select(o => new S3ObjectSummary(
                o.Key, o.Size ?? 0, o.LastModified is { } m ? new DateTimeOffset(DateTime.SpecifyKind(m, DateTimeKind.Utc)) : null, o.ETag)).ToList();
            return new ListObjectsPage(objects, response.IsTruncated == true ? response.NextContinuationToken : null);
        }, cancellationToken);

    /// <summary>Every object under the prefix, across pages.</summary>
    public async Task<IReadOnlyList<S3ObjectSummary>> ListAllObjectsAsync(string bucket, string? prefix = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var all = new List<S3ObjectSummary>();
        string? token = null;
        do
        {
            var page = await ListObjectsV2Async(bucket, prefix, token, pageSize, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Objects);
            token = page.NextContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));
        return all;
    }

    /// <remarks>The SDK hands back a 4xx error body (NoSuchBucket, NoSuchBucketPolicy, AccessDenied) as the policy
    /// text instead of throwing, so the status is checked here and the error raised as any other S3 error.</remarks>
    public Task<string?> GetBucketPolicyAsync(string bucket, CancellationToken cancellationToken = default) => GetBucketPolicyAsync(bucket, null, cancellationToken);

    /// <summary>With <paramref name="expectedOwner"/>, S3 answers 403 AccessDenied when another account owns the bucket.</summary>
    public Task<string?> GetBucketPolicyAsync(string bucket, string? expectedOwner, CancellationToken cancellationToken = default)
        => Run("GetBucketPolicy", async ct =>
        {
            var response = await client.GetBucketPolicyAsync(new GetBucketPolicyRequest { BucketName = bucket, ExpectedBucketOwner = expectedOwner }, ct).ConfigureAwait(false);
            return (int)response.HttpStatusCode is >= 200 and < 300 ? (string?)response.Policy : throw S3ErrorBody.ToException(response.HttpStatusCode, response.Policy);
        }, cancellationToken);

    public Task<bool> PutBucketPolicyAsync(string bucket, string policyJson, CancellationToken cancellationToken = default)
        => Run("PutBucketPolicy", async ct =>
        {
            await client.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policyJson }, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>All four Block Public Access settings on (IAM action s3:PutBucketPublicAccessBlock).</summary>
    public Task<bool> BlockPublicAccessAsync(string bucket, CancellationToken cancellationToken = default)
        => Run("PutPublicAccessBlock", async ct =>
        {
            var all = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true };
            await client.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = all }, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public void Dispose() => client.Dispose();

    private Task<T> Run<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        => context.RunAsync("s3", operation, Region, call, cancellationToken);
}
