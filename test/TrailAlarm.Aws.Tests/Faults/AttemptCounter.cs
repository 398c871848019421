using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace TrailAlarm.Aws.Tests.Faults;

/// <summary>Counts the HTTP attempts (first try and retries) SDK clients send to one loopback port, from just inside
/// the SDK's retry handler. Registered for every client made while it lives; other ports are ignored, so tests
/// running alongside are not disturbed.</summary>
public sealed class AttemptCounter : IRuntimePipelineCustomizer, IDisposable
{
    private readonly int port;
    private int attempts;

    public AttemptCounter(Uri endpoint)
    {
        port = endpoint.Port;
        RuntimePipelineCustomizerRegistry.Instance.Register(this);
    }

    public int Attempts => Volatile.Read(ref attempts);

    public string UniqueName { get; } = "attempt-counter-" + Guid.NewGuid().ToString("N");

    public void Customize(Type type, RuntimePipeline pipeline) => pipeline.AddHandlerAfter<RetryHandler>(new Counting(this));

    public void Dispose() => RuntimePipelineCustomizerRegistry.Instance.Deregister(this);

    private sealed class Counting(AttemptCounter counter) : PipelineHandler
    {
        public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            Count(executionContext);
            return base.InvokeAsync<T>(executionContext);
        }

        public override void InvokeSync(IExecutionContext executionContext)
        {
            Count(executionContext);
            base.InvokeSync(executionContext);
        }

        private void Count(IExecutionContext executionContext)
        {
            if (executionContext.RequestContext.Request.Endpoint?.Port == counter.port)
            {
                Interlocked.Increment(ref counter.attempts);
            }
        }
    }
}
