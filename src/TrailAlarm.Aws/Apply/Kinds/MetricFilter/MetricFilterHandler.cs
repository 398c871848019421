using System.Text.Json;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using Lg = TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// A metric filter. PutMetricFilter creates the filter or replaces the one of that name, so an update is a single put
/// of the live definition with the planned fields laid over it; restoring puts the journalled definition back.
/// </summary>
internal sealed class MetricFilterHandler(ApplyContext aws) : KindHandler(aws)
{
    public override ResourceKind Kind => ResourceKinds.MetricFilter;

    public override async Task<ResourceState?> ReadAsync(string region, IReadOnlyDictionary<string, string> id, CancellationToken ct)
    {
        var filters = await NamedAsync(region, A(id, Attr.LogGroupName), A(id, Attr.FilterName), ct).ConfigureAwait(false);
        return filters.Count == 0 ? null : new ResourceState(
            FilterDefinition.Spec(filters[0]).Attributes(region),
            JsonSerializer.Serialize(filters[0], ApplyJsonContext.Default.MetricFilter));
    }

    public override async Task<Dictionary<string, string>> WriteAsync(Change change, ResourceState? current, CancellationToken ct)
    {
        var live = current?.Raw is { } raw ? JsonSerializer.Deserialize(raw, ApplyJsonContext.Default.MetricFilter) : null;
        await PutAsync(change.Region, FilterDefinition.Desired(FilterSpec.From(change.After!), live), ct).ConfigureAwait(false);
        return [];
    }

    public override async Task DeleteAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var (region, group, name) = (entry.Region, A(entry.After!, Attr.LogGroupName), A(entry.After!, Attr.FilterName));
        // AWS has at most one filter of a name; an emulator that keeps copies is emptied of them all.
        for (var round = 0; round < 10 && (await NamedAsync(region, group, name, ct).ConfigureAwait(false)).Count > 0; round++)
        {
            await Aws.Gate.MutateAsync("logs:DeleteMetricFilter", () => Aws.Session.Logs(region).DeleteMetricFilterAsync(new Lg.DeleteMetricFilterRequest(group, name), ct), ct).ConfigureAwait(false);
        }
    }

    public override Task RestoreAsync(JournalEntry entry, ResourceState current, CancellationToken ct)
    {
        var before = entry.RawBefore is { } raw
            ? FilterDefinition.Exactly(JsonSerializer.Deserialize(raw, ApplyJsonContext.Default.MetricFilter)!)
            : FilterDefinition.Desired(FilterSpec.From(Before(entry)), null);
        return PutAsync(entry.Region, before, ct);
    }

    private async Task<IReadOnlyList<Lg.MetricFilter>> NamedAsync(string region, string logGroup, string name, CancellationToken ct)
    {
        var filters = await Aws.Gate.ReadAsync("logs:DescribeMetricFilters", () => CallGate.OrNullWhenMissing(() =>
            Aws.Session.Logs(region).DescribeAllMetricFiltersAsync(new Lg.DescribeMetricFiltersRequest { LogGroupName = logGroup, FilterNamePrefix = name }, ct))).ConfigureAwait(false);
        return filters?.Where(f => f.FilterName == name).ToList() ?? [];
    }

    private Task<Lg.LogsEmptyResponse> PutAsync(string region, Lg.PutMetricFilterRequest request, CancellationToken ct)
        => Aws.Gate.MutateAsync("logs:PutMetricFilter", () => Aws.Session.Logs(region).PutMetricFilterAsync(request, ct), ct);
}
