using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using Cfg = TrailAlarm.Aws.Config;

namespace TrailAlarm.Aws.Apply;

/// <summary>The delivery channel a new recorder needs; only ever created (a region without a recorder has none).</summary>
internal sealed class DeliveryChannelHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.DeliveryChannel;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.Name);
        var response = await Aws.Gate.ReadAsync("config:DescribeDeliveryChannels", () => Aws.Session.Config(region).DescribeDeliveryChannelsAsync(null, ct)).ConfigureAwait(false);
        var channel = response.DeliveryChannels.FirstOrDefault(c => c.Name == name);
        return channel is null ? null : new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = name, [Attr.Bucket] = channel.S3BucketName ?? "" });
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var d = DeliveryChannelSpec.From(change);
        await Aws.Gate.MutateAsync("config:PutDeliveryChannel", () => Aws.Session.Config(d.Region).PutDeliveryChannelAsync(new Cfg.PutDeliveryChannelRequest(new Cfg.DeliveryChannel { Name = d.Name, S3BucketName = d.Bucket }), ct), ct).ConfigureAwait(false);
        return [];
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("config:DeleteDeliveryChannel", () => CallGate.OrNullWhenMissing(() => Aws.Session.Config(entry.Region).DeleteDeliveryChannelAsync(new Cfg.DeleteDeliveryChannelRequest(A(entry.After!, Attr.Name)), ct)), ct);
}
