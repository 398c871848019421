using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace TrailAlarm.Aws.Protocol;

/// <summary>Sits just inside the SDK's retry handler. A connection lost after a write may have been sent leaves
/// open whether AWS applied it, and some writes are not idempotent (a second CreateTrail fails, a second
/// PutMetricFilter duplicates in emulators), so for writes such a failure is turned into one the retry handler
/// does not retry. Reads keep the SDK's standard retries (throttling, 5xx, dropped connections, back-off + jitter).</summary>
internal sealed class WriteSafetyHandler : PipelineHandler
{
    private static readonly string[] ReadPrefixes = ["Describe", "Get", "List", "Lookup", "Filter", "Test"];

    public static bool IsRead(string operation) => ReadPrefixes.Any(p => operation.StartsWith(p, StringComparison.Ordinal));

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (Exception e) when (IsWrite(executionContext) && MaybeSent(e))
        {
            throw new ConnectionLostOnWriteException(e.Message);
        }
    }

    public override void InvokeSync(IExecutionContext executionContext)
    {
        try
        {
            base.InvokeSync(executionContext);
        }
        catch (Exception e) when (IsWrite(executionContext) && MaybeSent(e))
        {
            throw new ConnectionLostOnWriteException(e.Message);
        }
    }

    /// <summary>True when the connection failed in a way that leaves open whether the service got the request.</summary>
    internal static bool MaybeSent(Exception exception)
    {
        if (exception is AmazonServiceException { StatusCode: not 0 } or OperationCanceledException { CancellationToken.IsCancellationRequested: true })
        {
            return false;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable })
            {
                return false;
            }
        }

        return exception is HttpRequestException or IOException or TimeoutException or OperationCanceledException or AmazonServiceException;
    }

    private static bool IsWrite(IExecutionContext context)
        => context.RequestContext.OriginalRequest is IWireRequest wire && !IsRead(wire.Operation);
}

/// <summary>The connection dropped while a write was in flight; deliberately not retried. Carries no inner
/// exception so the SDK's retry rules cannot see the transport error underneath.</summary>
internal sealed class ConnectionLostOnWriteException : AmazonClientException
{
    public ConnectionLostOnWriteException(string message)
        : base("connection lost during a write, not retried because it may have been applied: " + message)
    {
    }
}

/// <summary>What the pipeline needs to know about one of our requests.</summary>
internal interface IWireRequest
{
    string Operation { get; }
}
