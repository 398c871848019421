using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.SecurityToken;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Sts;

/// <summary>The official STS client with our pipeline addition: an unreachable endpoint is not retried.</summary>
internal sealed class StsSdkClient(AWSCredentials credentials, AmazonSecurityTokenServiceConfig config) : AmazonSecurityTokenServiceClient(credentials, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        UnreachableEndpointHandler.Install(pipeline);
    }
}
