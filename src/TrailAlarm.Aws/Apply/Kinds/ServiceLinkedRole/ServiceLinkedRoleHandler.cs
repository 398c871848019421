using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// A service-linked role, asked of IAM when missing. Deleting one is a task AWS runs later and refuses while a
/// resource still uses the role; rollback deletes the recorder first, so by then nothing does.
/// </summary>
internal sealed class ServiceLinkedRoleHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.ServiceLinkedRole;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.RoleName);
        var role = await Aws.Gate.ReadAsync("iam:GetRole", () => CallGate.OrNullWhenMissing(() => Aws.Session.Iam().GetRoleAsync(name, ct))).ConfigureAwait(false);
        return role?.Role is not { } r ? null : new ResourceState(new Dictionary<string, string>
        {
            [Attr.AwsServiceName] = A(id, Attr.AwsServiceName),
            [Attr.RoleName] = name,
            [Attr.Arn] = r.Arn ?? "",
        });
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var service = change.Attribute(Attr.AwsServiceName);
        await Aws.Gate.MutateAsync("iam:CreateServiceLinkedRole", () => Aws.Session.Iam().CreateServiceLinkedRoleAsync(service, ct), ct).ConfigureAwait(false);
        return [];
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("iam:DeleteServiceLinkedRole", () => CallGate.OrNullWhenMissing(() => Aws.Session.Iam().DeleteServiceLinkedRoleAsync(A(entry.After!, Attr.RoleName), ct)), ct);
}
