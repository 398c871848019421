using System.Runtime.CompilerServices;
using TrailAlarm.Aws.S3;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>s3://bucket/prefix: every log object under the prefix (ListObjectsV2, key order), skipping by delivery time.</summary>
public static class S3LogSource
{
    public static (string Bucket, string Prefix) Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var rest = url.StartsWith("s3://", StringComparison.Ordinal) ? url[5..] : throw new ArgumentException($"not an s3:// URL: {url}");
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        return bucket.Length == 0 ? throw new ArgumentException($"s3 URL without a bucket: {url}") : (bucket, slash < 0 ? "" : rest[(slash + 1)..]);
    }

    public static async IAsyncEnumerable<ILogUnit> Units(S3Client s3, string bucket, string prefix, ScanWindow window, bool strict, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(s3);
        var (objects, failure) = await ListAsync(s3, bucket, prefix, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            yield return new UnreadableUnit($"s3://{bucket}/{prefix}", failure);
            yield break;
        }

        foreach (var o in objects.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (LocalFiles.IsLogFileName(o.Key) && CloudTrailKeyTime.MayHold(o.Key, window))
            {
                yield return new S3ObjectUnit(s3, bucket, o.Key, strict);
            }
        }
    }

    private static async Task<(IReadOnlyList<S3ObjectSummary> Objects, Exception? Failure)> ListAsync(S3Client s3, string bucket, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            return (await s3.ListAllObjectsAsync(bucket, prefix.Length == 0 ? null : prefix, cancellationToken: cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is AwsApiException or HttpRequestException)
        {
            return ([], e);
        }
    }
}

/// <summary>One S3 object (CloudTrail objects are small gzip files: fetched whole, then streamed through the reader).</summary>
public sealed class S3ObjectUnit(S3Client s3, string bucket, string key, bool strict) : ILogUnit
{
    public string Name { get; } = $"s3://{bucket}/{key}";

    public async Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
    {
        var bytes = await s3.GetObjectAsync(bucket, key, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        StreamRecords.Read(stream, Name, sink, strict);
    }
}
