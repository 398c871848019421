using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>Reads the live state of the resource a change or precondition names; null when it does not exist.</summary>
public sealed class ResourceProbe
{
    private readonly KindHandlers handlers;

    public ResourceProbe(AwsSession session, CallGate gate, string account = "")
        => handlers = new KindHandlers(session, gate, account);

    internal ResourceProbe(KindHandlers handlers) => this.handlers = handlers;

    public Task<ResourceState?> ReadAsync(ResourceKind kind, string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
        => handlers.For(kind).ReadAsync(region, id, ct);
}
