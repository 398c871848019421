using System.Text.Json.Nodes;
using TrailAlarm.Controls;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// What AWS Config needs of the bucket a delivery channel names when the recorder uses the service-linked role: the
/// bucket exists, and its policy lets config.amazonaws.com read the bucket's ACL and put objects under
/// [prefix/]AWSLogs/ACCOUNT/Config/ (https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html).
/// </summary>
public static class ConfigBucketRules
{
    private const string Config = "config.amazonaws.com";

    /// <summary>An S3 bucket name as S3 accepts one for a new bucket (general purpose buckets' naming rules).</summary>
    public static bool IsBucketName(string name) => ChangeValueRules.IsBucketName(name);

    /// <summary>The regions where --fix-config-recorder fixes a recorder: the trails' home regions audited, in order.</summary>
    public static IReadOnlyList<string> RecorderRegions(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Trails.Select(t => t.HomeRegion).Where(snapshot.Regions.Contains).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The delivery channel's bucket (see <see cref="FixSettings.ConfigBucketFor"/>), or null when none is named.</summary>
    public static string? BucketName(AccountSnapshot snapshot, FixSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        var regions = RecorderRegions(snapshot);
        return settings.ConfigBucketFor(snapshot.Account, regions.Count > 0 ? regions[0] : null);
    }

    /// <summary>Why AWS would refuse the channel, or null when it would not or that could not be learned.</summary>
    public static string? Refusal(ConfigBucket bucket, string partition, string account, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (bucket.Exists == false)
        {
            return $"bucket '{bucket.Name}' does not exist";
        }

        if (bucket.Exists is null)
        {
            return null;
        }

        if (bucket.Policy is null)
        {
            return $"bucket '{bucket.Name}' has no bucket policy, so AWS Config may not write to it";
        }

        var bucketArn = $"arn:{partition}:s3:::{bucket.Name}";
        var checkFile = $"{bucketArn}/{(string.IsNullOrEmpty(prefix) ? "" : prefix + "/")}AWSLogs/{account}/Config/ConfigWritabilityCheckFile";
        if (PolicyGrants.Allows(bucket.Policy, Config, ["s3:GetBucketAcl"], resource: bucketArn) != true)
        {
            return $"the policy of bucket '{bucket.Name}' does not let {Config} s3:GetBucketAcl on it";
        }

        return PolicyGrants.Allows(bucket.Policy, Config, ["s3:PutObject"], resource: checkFile) == true
            ? null
            : $"the policy of bucket '{bucket.Name}' does not let {Config} s3:PutObject under AWSLogs/{account}/Config/";
    }

    /// <summary>AWS's documented policy for a bucket AWS Config delivers to, for this account only.</summary>
    public static string Policy(string partition, string bucket, string account)
    {
        var arn = $"arn:{partition}:s3:::{bucket}";
        JsonObject Statement(string sid, string action, string resource, JsonObject condition) => new()
        {
            ["Sid"] = sid, ["Effect"] = "Allow", ["Principal"] = new JsonObject { ["Service"] = Config }, ["Action"] = action, ["Resource"] = resource,
            ["Condition"] = new JsonObject { ["StringEquals"] = condition },
        };
        return new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(
                Statement("AWSConfigBucketPermissionsCheck", "s3:GetBucketAcl", arn, new JsonObject { ["AWS:SourceAccount"] = account }),
                Statement("AWSConfigBucketExistenceCheck", "s3:ListBucket", arn, new JsonObject { ["AWS:SourceAccount"] = account }),
                Statement("AWSConfigBucketDelivery", "s3:PutObject", $"{arn}/AWSLogs/{account}/Config/*",
                    new JsonObject { ["s3:x-amz-acl"] = "bucket-owner-full-control", ["AWS:SourceAccount"] = account })),
        }.ToJsonString();
    }
}
