using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.S3;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.S3;

/// <summary>The official S3 client (its own retry rules kept) with our pipeline addition: an unreachable endpoint
/// is not retried.</summary>
internal sealed class S3SdkClient(AWSCredentials credentials, AmazonS3Config config) : AmazonS3Client(credentials, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        UnreachableEndpointHandler.Install(pipeline);
    }
}
