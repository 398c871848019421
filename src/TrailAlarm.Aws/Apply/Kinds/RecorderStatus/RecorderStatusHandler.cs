using TrailAlarm.Remediation;
using Cfg = TrailAlarm.Aws.Config;

namespace TrailAlarm.Aws.Apply;

/// <summary>Whether a recorder records: apply starts it, rollback stops it again.</summary>
internal sealed class RecorderStatusHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.RecorderStatus;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var name = A(id, Attr.Name);
        if (await Recorders.ReadAsync(Aws, region, name, ct).ConfigureAwait(false) is null)
        {
            return null;
        }

        var response = await Aws.Gate.ReadAsync("config:DescribeConfigurationRecorderStatus", () => Aws.Session.Config(region).DescribeConfigurationRecorderStatusAsync(null, ct)).ConfigureAwait(false);
        var recording = response.ConfigurationRecordersStatus.FirstOrDefault(s => s.Name == name)?.Recording == true;
        return new ResourceState(new Dictionary<string, string> { [Attr.Region] = region, [Attr.Name] = name, [Attr.Recording] = recording ? "true" : "false" });
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        await Aws.Gate.MutateAsync("config:StartConfigurationRecorder", () => Aws.Session.Config(change.Region).StartConfigurationRecorderAsync(new Cfg.RecorderNameRequest(change.Attribute(Attr.Name)), ct), ct).ConfigureAwait(false);
        return [];
    }

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("config:StopConfigurationRecorder", () => Aws.Session.Config(entry.Region).StopConfigurationRecorderAsync(new Cfg.RecorderNameRequest(A(entry.After!, Attr.Name)), ct), ct);
}
