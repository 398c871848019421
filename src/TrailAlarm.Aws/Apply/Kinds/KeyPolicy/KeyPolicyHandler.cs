using TrailAlarm.Aws.Kms;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// TrailAlarm's statement in a KMS key policy. PutKeyPolicy replaces the whole policy, so apply merges the statement
/// into the policy as it is at that moment and rollback takes it out of the policy as it is then; the statements of
/// others (the key's administrators among them) are never touched.
/// </summary>
internal sealed class KeyPolicyHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.KeyPolicy;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var arn = A(id, Attr.KeyArn);
        var response = await Aws.Gate.ReadAsync("kms:GetKeyPolicy", () => CallGate.OrNullWhenMissing(() => Aws.Session.Kms(region).GetKeyPolicyAsync(new GetKeyPolicyRequest(arn), ct))).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        var policy = response.Policy ?? "";
        return new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.KeyArn] = arn, [Attr.Policy] = PolicyStatements.Canonical(policy) }, policy);
    }

    public override bool IsDone(Change change, ResourceState current) => PolicyStatements.Has(current.Raw, KeyPolicySpec.StatementId);

    /// <summary>Only the key must exist: the merge keeps whatever else the policy says by then.</summary>
    public override string? Refusal(Change change, ResourceState? current) => current is null ? "its key does not exist" : null;

    public override InverseAction InverseOf(Change change) => InverseAction.Restore;

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var arn = change.Attribute(Attr.KeyArn);
        await PutAsync(change.Region, arn, KeyPolicySpec.Merge(current?.Raw, arn), ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>Moved when our statement is there but no longer the one apply wrote.</summary>
    public override string Moved(JournalEntry entry, ResourceState current)
        => PolicyStatements.Has(current.Raw, KeyPolicySpec.StatementId) && !PolicyStatements.HasExactly(current.Raw, KeyPolicySpec.Statement())
            ? $"statement {KeyPolicySpec.StatementId} was changed since the apply"
            : "";

    public override bool IsRestored(JournalEntry entry, ResourceState current) => !PolicyStatements.Has(current.Raw, KeyPolicySpec.StatementId);

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var policy = PolicyStatements.Restored(entry.RawBefore, current.Raw, KeyPolicySpec.StatementId);
        return PutAsync(entry.Region, A(entry.After!, Attr.KeyArn), policy, ct);
    }

    private Task<bool> PutAsync(string region, string arn, string policy, CancellationToken ct)
        => Aws.Gate.MutateAsync("kms:PutKeyPolicy", () => Aws.Session.Kms(region).PutKeyPolicyAsync(new PutKeyPolicyRequest(arn, policy), ct), ct);
}
