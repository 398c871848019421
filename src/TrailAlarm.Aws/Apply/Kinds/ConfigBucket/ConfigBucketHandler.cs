using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// The bucket --create-config-bucket creates: CreateBucket, then Block Public Access, then AWS Config's policy.
/// It is read with the account as expected owner, so a bucket of the same name in another account reads as
/// refused, never as ours. Rollback deletes it only while it is empty: once AWS Config has delivered into it, the
/// bucket and its objects are left in place and the rollback says so.
/// </summary>
internal sealed class ConfigBucketHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.ConfigBucket;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var bucket = A(id, Attr.Bucket);
        string policy;
        try
        {
            policy = await Aws.Gate.ReadAsync("s3:GetBucketPolicy", () => Aws.Session.S3(region).GetBucketPolicyAsync(bucket, Aws.Account, ct)).ConfigureAwait(false) ?? "";
        }
        catch (AwsApiException e) when (e.Code == "NoSuchBucket")
        {
            return null;
        }
        catch (AwsApiException e) when (e.Code == "NoSuchBucketPolicy")
        {
            policy = "";
        }
        catch (AwsApiException e) when (e.Code is "AccessDenied" or "AccessDeniedException" or "MethodNotAllowed")
        {
            return new ResourceState(State(region, bucket, ""), $"{e.Code}: {e.AwsMessage}");
        }

        return new ResourceState(State(region, bucket, TopicPolicyMerge.Canonical(policy)));
    }

    /// <summary>Done only when the bucket is ours and already has exactly the planned policy.</summary>
    public override bool IsDone(Change change, ResourceState current)
        => current.Raw is null && current.Attributes[Attr.Policy] == TopicPolicyMerge.Canonical(ConfigBucketSpec.From(change).Policy);

    public override string? Refusal(Change change, ResourceState? current) => current switch
    {
        null => null,
        { Raw: { } denied } => $"bucket '{ConfigBucketSpec.From(change).Bucket}' exists and its policy cannot be read with this account as owner ({denied}); bucket names are global, so it may belong to another AWS account",
        _ => $"bucket '{ConfigBucketSpec.From(change).Bucket}' now exists with another policy, which apply does not replace",
    };

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var b = ConfigBucketSpec.From(change);
        var s3 = Aws.Session.S3(b.Region);
        try
        {
            await Aws.Gate.MutateAsync("s3:CreateBucket", () => s3.CreateBucketAsync(b.Bucket, ct), ct).ConfigureAwait(false);
        }
        catch (AwsApiException e) when (e.Code == "BucketAlreadyOwnedByYou" && current is null)
        {
            // Made by the interrupted attempt this apply resumes (outside us-east-1 S3 says so; us-east-1 answers 200).
        }

        await Aws.Gate.MutateAsync("s3:PutBucketPublicAccessBlock", () => s3.BlockPublicAccessAsync(b.Bucket, ct), ct).ConfigureAwait(false);
        await Aws.Gate.MutateAsync("s3:PutBucketPolicy", () => s3.PutBucketPolicyAsync(b.Bucket, b.Policy, ct), ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>Moved when the bucket's policy is no longer the one apply put (or can no longer be read as ours).</summary>
    public override string Moved(JournalEntry entry, ResourceState current)
        => current.Raw is { } denied ? $"its policy cannot be read with this account as owner ({denied})"
            : current.Attributes[Attr.Policy] != TopicPolicyMerge.Canonical(A(entry.After!, Attr.Policy)) ? "its bucket policy was changed since the apply"
            : "";

    public override async Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var bucket = A(entry.After!, Attr.Bucket);
        try
        {
            await Aws.Gate.MutateAsync("s3:DeleteBucket", () => Aws.Session.S3(entry.Region).DeleteBucketAsync(bucket, ct), ct).ConfigureAwait(false);
        }
        catch (AwsApiException e) when (e.Code == "NoSuchBucket")
        {
            // already gone
        }
        catch (AwsApiException e) when (e.Code == "BucketNotEmpty")
        {
            throw new LeftInPlaceException($"bucket '{bucket}' is not empty (S3 refused DeleteBucket: BucketNotEmpty); it holds objects, such as what AWS Config delivered, and rollback deletes no one's data: empty and delete it yourself once they are not needed", e);
        }
    }

    private static Dictionary<string, string> State(string region, string bucket, string policy)
        => new() { [Attr.Region] = region, [Attr.Bucket] = bucket, [Attr.Policy] = policy };
}
