using TrailAlarm.Remediation;
using Sns = TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// TrailAlarm's statement in a topic policy. Apply merges it into the policy as it is at that moment; rollback takes
/// it out of the policy as it is then. Statements of others, there before or added since, are never touched.
/// </summary>
internal sealed class TopicPolicyHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.TopicPolicy;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var arn = A(id, Attr.TopicArn);
        if (await TopicAttributes.ReadAsync(Aws, region, arn, ct).ConfigureAwait(false) is not { } attributes)
        {
            return null;
        }

        var policy = attributes.TryGetValue("Policy", out var p) ? p : "";
        return new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.TopicArn] = arn, [Attr.Policy] = TopicPolicyMerge.Canonical(policy) }, policy);
    }

    public override bool IsDone(Change change, ResourceState current) => TopicPolicyMerge.HasStatement(current.Raw);

    /// <summary>Only the topic must exist: the merge keeps whatever else the policy says by then.</summary>
    public override string? Refusal(Change change, ResourceState? current) => current is null ? "its topic does not exist" : null;

    public override InverseAction InverseOf(Change change) => InverseAction.Restore;

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var arn = change.Attribute(Attr.TopicArn);
        await SetAsync(change.Region, arn, TopicPolicyMerge.Merge(current?.Raw, arn, Aws.Account), ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>Moved when our statement is there but no longer the one apply wrote.</summary>
    public override string Moved(JournalEntry entry, ResourceState current)
        => TopicPolicyMerge.HasStatement(current.Raw) && !TopicPolicyMerge.HasOwnStatement(current.Raw, A(entry.After!, Attr.TopicArn), Aws.Account)
            ? $"statement {TopicPolicyMerge.StatementId} was changed since the apply"
            : "";

    public override bool IsRestored(JournalEntry entry, ResourceState current) => !TopicPolicyMerge.HasStatement(current.Raw);

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var policy = PolicyStatements.Restored(entry.RawBefore, current.Raw, TopicPolicyMerge.StatementId);
        return SetAsync(entry.Region, A(entry.After!, Attr.TopicArn), policy, ct);
    }

    private Task<Sns.SnsEmptyResponse> SetAsync(string region, string arn, string policy, CancellationToken ct)
        => Aws.Gate.MutateAsync("sns:SetTopicAttributes", () => Aws.Session.Sns(region).SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(arn, "Policy", policy), ct), ct);
}
