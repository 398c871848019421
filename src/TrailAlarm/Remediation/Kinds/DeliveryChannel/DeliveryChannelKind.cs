using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>The delivery channel a new Config recorder needs before it can start (--config-bucket).</summary>
public sealed record DeliveryChannelSpec(string Region, string Name, string Bucket)
{
    public static DeliveryChannelSpec From(Change change) => new(change.Region, change.Attribute(Attr.Name), change.Attribute(Attr.Bucket));
}

internal sealed class DeliveryChannelKind : ResourceKind
{
    public override string Id => "config-delivery-channel";

    public override string TerraformType => "aws_config_delivery_channel";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        var d = DeliveryChannelSpec.From(change);
        return change.Action == ChangeAction.Create
            ? CloudFormationContext.Resource("AWS::Config::DeliveryChannel", new JsonObject { ["Name"] = d.Name, ["S3BucketName"] = cfn.BucketRef(d.Bucket) },
                cfn.CreatedRecorder(change.Region), cfn.CreatedBucketPolicy(d.Bucket))
            : null;
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        var d = DeliveryChannelSpec.From(change);
        var body = new HclBody().Set("name", TerraformContext.Q(d.Name)).Set("s3_bucket_name", tf.Bucket(d.Bucket));
        // AWS Config takes a delivery channel only once the region has a recorder and the bucket lets it write.
        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, body, tf.CreatedRecorder(change.Region), tf.CreatedBucketPolicy(d.Bucket));
    }

    public override void Cli(Change change, CliScript sh)
    {
        var d = DeliveryChannelSpec.From(change);
        sh.Line($"aws configservice put-delivery-channel {CliScript.Region(change)} --delivery-channel {CliScript.Q($"name={d.Name},s3BucketName={d.Bucket}")}");
    }
}
