using System.Net.Sockets;
using Amazon.Runtime;

namespace TrailAlarm.Aws.Protocol;

/// <summary>What every call shares in a session: the concurrency gate, the bound on a call's total time, and the
/// translation of SDK and transport failures into <see cref="AwsApiException"/>.</summary>
internal sealed class CallContext : IDisposable
{
    private readonly AwsSettings settings;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate;
    private readonly bool ownsGate;

    public CallContext(AwsSettings settings, TimeProvider time)
        : this(settings, time, new SemaphoreSlim(Math.Max(1, settings.MaxConcurrency)), ownsGate: true)
    {
    }

    private CallContext(AwsSettings settings, TimeProvider time, SemaphoreSlim gate, bool ownsGate)
    {
        this.settings = settings;
        this.time = time;
        this.gate = gate;
        this.ownsGate = ownsGate;
    }

    public AwsSettings Settings => settings;

    public TimeProvider Time => time;

    /// <summary>Same concurrency gate (one limit for the whole run, across accounts), other settings.</summary>
    public CallContext With(AwsSettings other) => new(other, time, gate, ownsGate: false);

    public void Dispose()
    {
        if (ownsGate)
        {
            gate.Dispose();
        }
    }

    public async Task<T> RunAsync<T>(string service, string operation, string region, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        settings.OnCall?.Invoke(service, operation);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var deadline = new CancellationTokenSource(settings.MaxCallTime, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            try
            {
                return await call(linked.Token).ConfigureAwait(false);
            }
            catch (AmazonUnmarshallingException e)
            {
                throw new AwsApiException(service, operation, region, "MalformedResponse", "the response could not be read: " + e.Message, (int)e.StatusCode, AwsErrorKind.Other, e.RequestId, e);
            }
            catch (AmazonServiceException e)
            {
                var status = (int)e.StatusCode;
                var code = string.IsNullOrEmpty(e.ErrorCode) ? (status == 0 ? "ConnectionFailed" : "Http" + status) : e.ErrorCode;
                throw new AwsApiException(service, operation, region, code, e.Message, status, ErrorClassifier.Classify(code, status), e.RequestId, e);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AwsApiException(service, operation, region, "Timeout", $"no answer within {settings.MaxCallTime.TotalSeconds:0} s (retries included)", 0, AwsErrorKind.Unavailable, null, e);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or SocketException or EndpointUnreachableException)
            {
                throw new AwsApiException(service, operation, region, "ConnectionFailed", e.Message, 0, AwsErrorKind.Unavailable, null, e);
            }
            catch (ConnectionLostOnWriteException e)
            {
                throw new AwsApiException(service, operation, region, "ConnectionLost", e.Message, 0, AwsErrorKind.Unavailable, null, e);
            }
            catch (AmazonClientException e)
            {
                throw new AwsApiException(service, operation, region, "ClientError", e.Message, 0, AwsErrorKind.Other, null, e);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
