using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace TrailAlarm.Aws.Protocol;

/// <summary>Feeds the endpoint provider from our config (region, FIPS, dual-stack, custom endpoint).</summary>
internal sealed class ConfigEndpointResolver : BaseEndpointResolver
{
    public static EndpointParameters Parameters(ServiceConfig config, RegionEndpoint? alternate)
    {
        var parameters = new EndpointParameters();
        parameters["Region"] = alternate?.SystemName ?? config.Region;
        parameters["UseFIPS"] = config.UseFIPSEndpoint;
        parameters["UseDualStack"] = config.UseDualstackEndpoint;
        parameters["Endpoint"] = config.ServiceURL;
        return parameters;
    }

    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
        => Parameters((ServiceConfig)requestContext.ClientConfig, requestContext.Request.AlternateEndpoint);
}

/// <summary>Every service we hand-write signs with SigV4 (never SigV4a).</summary>
internal sealed class SigV4AuthResolver : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
}

/// <summary>The SDK client behind every hand-written service: the SDK's own pipeline (credentials, signing, retries,
/// endpoints) with our marshallers plugged in per call.</summary>
internal sealed class ProtocolClient(AWSCredentials credentials, ServiceConfig config) : AmazonServiceClient(credentials, config)
{
    private readonly Metadata metadata = new(config.Def.ServiceId);

    public ServiceConfig ServiceConfig => config;

    protected override IServiceMetadata ServiceMetadata => metadata;

    public Task<WireResponse<TResponse>> SendAsync<TResponse>(AmazonWebServiceRequest request, InvokeOptions options, CancellationToken cancellationToken)
        => InvokeAsync<WireResponse<TResponse>>(request, options, cancellationToken);

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new ConfigEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthResolver());
        pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(RetryClasses.Policy(config)));
        pipeline.AddHandlerAfter<RetryHandler>(new WriteSafetyHandler());
        UnreachableEndpointHandler.Install(pipeline);
    }

    private sealed class Metadata(string serviceId) : IServiceMetadata
    {
        public string ServiceId => serviceId;

        public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
    }
}

/// <summary>The SDK's request type wrapping our own request record, so no SDK type leaks into the public API.</summary>
internal sealed class WireRequest<T>(T body, string operation) : AmazonWebServiceRequest, IWireRequest
{
    public T Body => body;

    public string Operation => operation;
}

/// <summary>The SDK's response type wrapping our own response record.</summary>
internal sealed class WireResponse<T> : AmazonWebServiceResponse
{
    public T? Body { get; set; }
}
