using System.Text.Json;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using Cfg = TrailAlarm.Aws.Config;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// A Config recorder. PutConfigurationRecorder replaces the recorder, so apply sends the live recorder with the
/// planned recording group (its recording mode kept: DAILY stays DAILY), and rollback sends the journalled one back.
/// </summary>
internal sealed class RecorderHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.Recorder;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var recorder = await Recorders.ReadAsync(Aws, region, A(id, Attr.Name), ct).ConfigureAwait(false);
        return recorder is null ? null : new ResourceState(
            ResourceAttributes.Recorder(SnapshotMapping.Recorder(recorder, region, null)),
            JsonSerializer.Serialize(recorder, ApplyJsonContext.Default.ConfigurationRecorder));
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var live = current?.Raw is { } r ? JsonSerializer.Deserialize(r, ApplyJsonContext.Default.ConfigurationRecorder) : null;
        await PutAsync(change.Region, Desired(RecorderSpec.From(change.After!), live), ct).ConfigureAwait(false);
        return [];
    }

    public override Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
        => Aws.Gate.MutateAsync("config:DeleteConfigurationRecorder", () => CallGate.OrNullWhenMissing(() => Aws.Session.Config(entry.Region).DeleteConfigurationRecorderAsync(new Cfg.RecorderNameRequest(A(entry.After!, Attr.Name)), ct)), ct);

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var before = JsonSerializer.Deserialize(entry.RawBefore!, ApplyJsonContext.Default.ConfigurationRecorder)!;
        return PutAsync(entry.Region, before with { Arn = null, RecordingScope = null, ServicePrincipal = null }, ct);
    }

    private Task<Cfg.ConfigEmptyResponse> PutAsync(string region, Cfg.ConfigurationRecorder recorder, CancellationToken ct)
        => Aws.Gate.MutateAsync("config:PutConfigurationRecorder", () => Aws.Session.Config(region).PutConfigurationRecorderAsync(new Cfg.PutConfigurationRecorderRequest(recorder), ct), ct);

    private static Cfg.ConfigurationRecorder Desired(RecorderSpec a, Cfg.ConfigurationRecorder? live)
    {
        var exclusion = a.RecordingStrategy == RecorderSpec.Exclusion;
        return new Cfg.ConfigurationRecorder
        {
            Name = a.Name,
            RoleArn = a.RoleArn,
            RecordingMode = live?.RecordingMode,
            RecordingGroup = new Cfg.RecordingGroup
            {
                AllSupported = a.AllSupported,
                IncludeGlobalResourceTypes = a.IncludeGlobalResourceTypes,
                ResourceTypes = a.AllSupported || exclusion ? [] : a.ResourceTypes,
                ExclusionByResourceTypes = exclusion ? new Cfg.ExclusionByResourceTypes { ResourceTypes = a.ExclusionResourceTypes } : null,
                RecordingStrategy = a.RecordingStrategy is { Length: > 0 } s ? new Cfg.RecordingStrategy { UseOnly = s } : null,
            },
        };
    }
}

/// <summary>DescribeConfigurationRecorders for one recorder, shared by the recorder and status handlers.</summary>
internal static class Recorders
{
    public static async Task<Cfg.ConfigurationRecorder?> ReadAsync(ApplyContext aws, string region, string name, CancellationToken ct)
    {
        var response = await aws.Gate.ReadAsync("config:DescribeConfigurationRecorders", () => aws.Session.Config(region).DescribeConfigurationRecordersAsync(null, ct)).ConfigureAwait(false);
        return response.ConfigurationRecorders.FirstOrDefault(r => r.Name == name);
    }
}
