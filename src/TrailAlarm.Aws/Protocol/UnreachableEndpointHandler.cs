using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace TrailAlarm.Aws.Protocol;

/// <summary>Sits just inside the SDK's retry handler. A refused connection or a host name that does not resolve
/// does not change within the seconds the SDK's back-off waits, so such a failure is turned into one the retry
/// handler does not retry: the call fails after one attempt instead of after every back-off. A connection that
/// drops once the request is on its way, a timeout, throttling and 5xx are left to the retry policy.</summary>
internal sealed class UnreachableEndpointHandler : PipelineHandler
{
    /// <summary>Adds the handler to any SDK client's pipeline (ours and the official ones).</summary>
    public static void Install(RuntimePipeline pipeline) => pipeline.AddHandlerAfter<RetryHandler>(new UnreachableEndpointHandler());

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            throw new EndpointUnreachableException(executionContext.RequestContext.Request.Endpoint, reason);
        }
    }

    public override void InvokeSync(IExecutionContext executionContext)
    {
        try
        {
            base.InvokeSync(executionContext);
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            throw new EndpointUnreachableException(executionContext.RequestContext.Request.Endpoint, reason);
        }
    }

    /// <summary>True when the request never left: nothing listens at the endpoint, or its name has no address
    /// (a DNS server that is merely not answering, SocketError.TryAgain, stays retried).</summary>
    internal static bool IsUnreachable(Exception exception) => Reason(exception) is not null;

    private static string? Reason(Exception exception)
    {
        if (exception is AmazonServiceException { StatusCode: not 0 })
        {
            return null;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return "connection refused";
                case SocketException { SocketErrorCode: SocketError.HostNotFound }:
                    return "host name not found";
            }
        }

        return null;
    }
}

/// <summary>The endpoint refused the connection or its host name did not resolve; deliberately not retried.
/// Carries no inner exception so the SDK's retry rules cannot see the transport error underneath.</summary>
internal sealed class EndpointUnreachableException(Uri? endpoint, string reason)
    : AmazonClientException($"cannot connect to {Describe(endpoint)}: {reason}")
{
    /// <summary>Scheme, host and port: what a person checks first (the path and query say nothing here).</summary>
    private static string Describe(Uri? endpoint) => endpoint is null ? "the endpoint" : endpoint.GetLeftPart(UriPartial.Authority);
}
