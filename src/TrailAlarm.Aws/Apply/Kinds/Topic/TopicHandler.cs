using TrailAlarm.Remediation;
using Sns = TrailAlarm.Aws.Sns;

namespace TrailAlarm.Aws.Apply;

/// <summary>An alarm topic: created by apply when planned, deleted by rollback.</summary>
internal sealed class TopicHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.Topic;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var arn = A(id, Attr.Arn);
        return await TopicAttributes.ReadAsync(Aws, region, arn, ct).ConfigureAwait(false) is null
            ? null
            : new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = arn[(arn.LastIndexOf(':') + 1)..], [Attr.Arn] = arn });
    }

    public override bool IsDone(Change change, ResourceState current) => true;

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var name = change.Attribute(Attr.Name);
        var created = await Aws.Gate.MutateAsync("sns:CreateTopic", () => Aws.Session.Sns(change.Region).CreateTopicAsync(new Sns.CreateTopicRequest { Name = name }, ct), ct).ConfigureAwait(false);
        return new() { [Attr.Arn] = created.TopicArn ?? change.Attribute(Attr.Arn) };
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("sns:DeleteTopic", () => Aws.Session.Sns(entry.Region).DeleteTopicAsync(A(entry.After!, Attr.Arn), ct), ct);
}

/// <summary>GetTopicAttributes, shared by the topic and topic-policy handlers; null when the topic does not exist.</summary>
internal static class TopicAttributes
{
    public static async Task<IReadOnlyDictionary<string, string>?> ReadAsync(ApplyContext aws, string region, string arn, CancellationToken ct)
    {
        var response = await aws.Gate.ReadAsync("sns:GetTopicAttributes", () => CallGate.OrNullWhenMissing(() => aws.Session.Sns(region).GetTopicAttributesAsync(arn, ct))).ConfigureAwait(false);
        return response?.Attributes;
    }
}
