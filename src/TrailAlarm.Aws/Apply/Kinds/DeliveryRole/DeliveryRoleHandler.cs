using TrailAlarm.Remediation;
using Iam = TrailAlarm.Aws.Iam;

namespace TrailAlarm.Aws.Apply;

/// <summary>The role CloudTrail assumes to deliver to the new log group, with its inline policy.</summary>
internal sealed class DeliveryRoleHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.DeliveryRole;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.RoleName);
        var role = await Aws.Gate.ReadAsync("iam:GetRole", () => CallGate.OrNullWhenMissing(() => Aws.Session.Iam().GetRoleAsync(name, ct))).ConfigureAwait(false);
        return role?.Role is not { } r ? null : new ResourceState(new Dictionary<string, string> { [Attr.RoleName] = name, [Attr.Arn] = r.Arn ?? "" });
    }

    public override bool IsDone(Change change, ResourceState current) => true;

    /// <summary>A role that exists may lack its policy (an apply killed between the two calls, journalled elsewhere).</summary>
    public override bool RepeatWhenDone => true;

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var (name, iam) = (change.Attribute(Attr.RoleName), Aws.Session.Iam());
        await Aws.Gate.MutateAsync("iam:CreateRole", () => ApplyContext.UnlessExists(() => iam.CreateRoleAsync(new Iam.CreateRoleRequest
        {
            RoleName = name, AssumeRolePolicyDocument = change.Attribute(Attr.AssumeRolePolicy), Description = "Lets CloudTrail deliver to CloudWatch Logs; created by trailalarm.",
        }, ct)), ct).ConfigureAwait(false);
        await Aws.Gate.MutateAsync("iam:PutRolePolicy", () => iam.PutRolePolicyAsync(new Iam.PutRolePolicyRequest(name, change.Attribute(Attr.RolePolicyName), change.Attribute(Attr.RolePolicy)), ct), ct).ConfigureAwait(false);
        return [];
    }

    public override async Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var (name, iam) = (A(entry.After!, Attr.RoleName), Aws.Session.Iam());
        await Aws.Gate.MutateAsync("iam:DeleteRolePolicy", () => CallGate.OrNullWhenMissing(() => iam.DeleteRolePolicyAsync(new Iam.DeleteRolePolicyRequest(name, A(entry.After!, Attr.RolePolicyName)), ct)), ct).ConfigureAwait(false);
        await Aws.Gate.MutateAsync("iam:DeleteRole", () => CallGate.OrNullWhenMissing(() => iam.DeleteRoleAsync(name, ct)), ct).ConfigureAwait(false);
    }
}
