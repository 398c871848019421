using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// The bucket --create-config-bucket creates for AWS Config's delivery channel: all four Block Public Access settings
/// on, AWS Config's documented bucket policy (<see cref="ConfigBucketRules.Policy"/>), and S3's default encryption,
/// which is SSE-S3 for every new bucket, so nothing is set for it.
/// </summary>
public sealed record ConfigBucketSpec(string Region, string Bucket, string Policy)
{
    /// <summary>BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets: all true.</summary>
    public static readonly string[] PublicAccessBlock = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"];

    public static ConfigBucketSpec From(Change change) => new(change.Region, change.Attribute(Attr.Bucket), change.Attribute(Attr.Policy));
}

internal sealed class ConfigBucketKind : ResourceKind
{
    public override string Id => "s3-config-bucket";

    public override string TerraformType => "aws_s3_bucket";

    /// <summary>Kept when the stack is deleted: by then AWS Config has written its history into it.</summary>
    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            return null;
        }

        var block = new JsonObject();
        foreach (var setting in ConfigBucketSpec.PublicAccessBlock)
        {
            block[setting] = true;
        }

        var bucket = CloudFormationContext.Resource("AWS::S3::Bucket", new JsonObject { ["BucketName"] = ConfigBucketSpec.From(change).Bucket, ["PublicAccessBlockConfiguration"] = block });
        bucket["DeletionPolicy"] = "Retain";
        bucket["UpdateReplacePolicy"] = "Retain";
        return bucket;
    }

    public override IEnumerable<KeyValuePair<string, JsonObject>> CloudFormationCompanions(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            yield break;
        }

        var b = ConfigBucketSpec.From(change);
        var policy = CloudFormationContext.Resource("AWS::S3::BucketPolicy", new JsonObject
        {
            ["Bucket"] = new JsonObject { ["Ref"] = ExportNames.LogicalId(change.Address) },
            ["PolicyDocument"] = JsonNode.Parse(b.Policy),
        });
        policy["DeletionPolicy"] = "Retain";
        policy["UpdateReplacePolicy"] = "Retain";
        yield return new(CloudFormationContext.PolicyOf(ExportNames.LogicalId(change.Address)), policy);
    }

    /// <summary>The bucket, its public access block and its policy, each naming the bucket by reference.</summary>
    public override void Terraform(Change change, TerraformContext tf)
    {
        var b = ConfigBucketSpec.From(change);
        var label = ExportNames.Label(change.Address);
        var bucket = $"{TerraformType}.{label}.id";
        tf.Resource(TerraformType, label, change.Region, new HclBody().Set("bucket", TerraformContext.Q(b.Bucket)));
        tf.Line();
        var block = new HclBody().Set("bucket", bucket);
        foreach (var setting in ConfigBucketSpec.PublicAccessBlock)
        {
            block.Set(Snake(setting), "true");
        }

        tf.Resource("aws_s3_bucket_public_access_block", label, change.Region, block);
        tf.Line();
        tf.Resource(TerraformContext.BucketPolicyType, label, change.Region, new HclBody().Set("bucket", bucket).Set("policy", TerraformContext.Q(b.Policy)),
            $"aws_s3_bucket_public_access_block.{label}");
    }

    /// <summary>
    /// Run twice, it creates the bucket once; the public access block and the policy are put only where the bucket
    /// has none, so a bucket that someone else set up in between keeps its own.
    /// </summary>
    public override void Cli(Change change, CliScript sh)
    {
        var b = ConfigBucketSpec.From(change);
        var region = CliScript.Region(change);
        var bucket = "--bucket " + CliScript.Q(b.Bucket);
        var location = b.Region == "us-east-1" ? "" : " --create-bucket-configuration " + CliScript.Q("LocationConstraint=" + b.Region);
        var block = string.Join(",", ConfigBucketSpec.PublicAccessBlock.Select(s => s + "=true"));
        sh.Line($"if ! aws s3api head-bucket {region} {bucket} >/dev/null 2>&1; then");
        sh.Line($"  aws s3api create-bucket {region} {bucket}{location} >/dev/null");
        sh.Line("fi");
        sh.Line($"aws s3api get-public-access-block {region} {bucket} >/dev/null 2>&1 || aws s3api put-public-access-block {region} {bucket} --public-access-block-configuration {CliScript.Q(block)}");
        sh.Line($"aws s3api get-bucket-policy {region} {bucket} >/dev/null 2>&1 || aws s3api put-bucket-policy {region} {bucket} --policy {CliScript.Q(b.Policy)}");
    }

    private static string Snake(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
