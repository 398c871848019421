using System.Text.Json.Nodes;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// What AWS Config needs before it records, where moto assumes it
/// (botocore config 2014-11-12 PutDeliveryChannel / PutConfigurationRecorder errors):
/// <list type="bullet">
/// <item>PutDeliveryChannel to a bucket that does not exist: NoSuchBucketException.</item>
/// <item>PutDeliveryChannel while the recorder uses the service-linked role AWSServiceRoleForConfig, to a bucket whose
/// policy does not let the config.amazonaws.com service principal GetBucketAcl on the bucket and PutObject under
/// [prefix/]AWSLogs/ACCOUNT/Config/: InsufficientDeliveryPolicyException — the service-linked role has no S3
/// permissions, so Config writes as its service principal
/// (https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html). With a role of the account's
/// own, Config writes with that role's permissions; that case is not checked here.</item>
/// <item>PutConfigurationRecorder with a role that does not exist (the service-linked role included, until
/// iam:CreateServiceLinkedRole for config.amazonaws.com): InvalidRoleException
/// (https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html).</item>
/// </list>
/// moto itself already refuses a second recorder in a region (MaxNumberOfConfigurationRecordersExceededException)
/// and StartConfigurationRecorder without a delivery channel (NoAvailableDeliveryChannelException); the tests
/// check both through the proxy.
/// </summary>
internal sealed class ConfigDeliveryPrerequisites : IAwsRule
{
    public const string ServiceLinkedRolePath = "/aws-service-role/config.amazonaws.com/";

    public async Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
    {
        if (call.Service != "config")
        {
            return await next(call);
        }

        if (call.Operation == "PutConfigurationRecorder"
            && call.Json["ConfigurationRecorder"]?["roleARN"]?.GetValue<string>() is { Length: > 0 } roleArn
            && !await RolePropagation.RoleExistsAsync(call, roleArn[(roleArn.LastIndexOf('/') + 1)..], next))
        {
            return AwsReply.JsonError("InvalidRoleException", $"The role {roleArn} does not exist or cannot be assumed by AWS Config.");
        }

        if (call.Operation == "PutDeliveryChannel" && call.Json["DeliveryChannel"] is JsonObject channel
            && channel["s3BucketName"]?.GetValue<string>() is { Length: > 0 } bucket)
        {
            if (!(await next(call.Derive("s3", "HEAD", "/" + bucket, []))).IsSuccess)
            {
                return AwsReply.JsonError("NoSuchBucketException", $"Cannot find a S3 bucket with name {bucket}.");
            }

            if (await UsesServiceLinkedRoleAsync(call, next))
            {
                var prefix = channel["s3KeyPrefix"]?.GetValue<string>() is { Length: > 0 } p ? p.TrimEnd('/') + "/" : string.Empty;
                var policy = await next(call.Derive("s3", "GET", $"/{bucket}?policy", []));
                var document = policy.IsSuccess ? JsonNode.Parse(policy.Body) as JsonObject : null;
                if (!BucketPolicy.LetsConfigWrite(document, bucket, $"{prefix}AWSLogs/{call.Account}/Config/"))
                {
                    return AwsReply.JsonError("InsufficientDeliveryPolicyException", $"Insufficient delivery policy to s3 bucket: {bucket}, unable to write to bucket, provided s3 key prefix is '{prefix.TrimEnd('/')}'.");
                }
            }
        }

        return await next(call);
    }

    private static async Task<bool> UsesServiceLinkedRoleAsync(AwsCall call, NextRule next)
    {
        var reply = await next(call.DeriveJson("DescribeConfigurationRecorders", []));
        return reply.IsSuccess && (reply.Json["ConfigurationRecorders"] as JsonArray ?? [])
            .Any(r => r?["roleARN"]?.GetValue<string>()?.Contains(ServiceLinkedRolePath, StringComparison.Ordinal) == true);
    }
}
