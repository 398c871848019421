using System.Net;
using System.Text;
using System.Xml.Linq;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// S3's bucket owner condition: a request with x-amz-expected-bucket-owner (ExpectedBucketOwner in botocore s3
/// 2006-03-01, e.g. GetBucketPolicy) on a bucket another account owns fails with 403 Access Denied
/// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html). moto ignores the header, and
/// as bucket names are global, it answers for the other account's bucket as if it were the caller's. The owner is
/// learned from ListBuckets, which lists only the caller's own buckets.
/// </summary>
internal sealed class BucketOwnerCondition : IAwsRule
{
    public async Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
    {
        if (call.Service != "s3" || !call.Headers.TryGetValue("x-amz-expected-bucket-owner", out var expected) || Bucket(call) is not { Length: > 0 } bucket)
        {
            return await next(call);
        }

        var own = await next(call.Derive("s3", "GET", "/", []));
        var callerOwns = own.IsSuccess && XDocument.Parse(own.Text).Descendants().Any(e => e.Name.LocalName == "Name" && e.Value == bucket);
        var exists = callerOwns || (await next(call.Derive("s3", "HEAD", "/" + bucket, []))).IsSuccess;
        return exists && callerOwns != (expected == call.Account) ? AccessDenied() : await next(call);
    }

    /// <summary>The S3 REST error document (not the query protocol's ErrorResponse).</summary>
    public static AwsReply S3Error(HttpStatusCode status, string code, string message)
    {
        var body = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{WebUtility.HtmlEncode(message)}</Message><RequestId>{Guid.NewGuid():N}</RequestId></Error>";
        return new((int)status, [new("Content-Type", "application/xml")], Encoding.UTF8.GetBytes(body));
    }

    private static AwsReply AccessDenied() => S3Error(HttpStatusCode.Forbidden, "AccessDenied", "Access Denied");

    private static string? Bucket(AwsCall call) => call.Target.Split('?')[0].Trim('/').Split('/')[0] is { Length: > 0 } name ? Uri.UnescapeDataString(name) : null;
}
