using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// PutMetricFilter "creates or updates" a filter: a put with the name of an existing filter on the same log group
/// replaces it, and a new name beyond the 100th filter of a log group is refused with LimitExceededException
/// (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutMetricFilter.html; botocore logs
/// 2014-03-28 PutMetricFilter: "The maximum number of metric filters that can be associated with a log group is
/// 100", errors include LimitExceededException). moto appends a duplicate and has no limit. moto also forgets
/// applyOnTransformedLogs, fieldSelectionCriteria and emitSystemFieldDimensions, which AWS returns from
/// DescribeMetricFilters: they are kept here and added to its answers.
/// </summary>
internal sealed class MetricFilterReplacement : IAwsRule
{
    public const int FiltersPerLogGroup = 100;

    private static readonly string[] FieldsMotoDrops = ["applyOnTransformedLogs", "fieldSelectionCriteria", "emitSystemFieldDimensions"];

    private readonly ConcurrentDictionary<string, SemaphoreSlim> groupLocks = new();
    private readonly ConcurrentDictionary<string, JsonObject> keptFields = new();

    public async Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
    {
        if (call.Service != "logs")
        {
            return await next(call);
        }

        switch (call.Operation)
        {
            case "PutMetricFilter":
                return await PutAsync(call, next);
            case "DescribeMetricFilters":
                return WithKeptFields(call, await next(call));
            case "DeleteMetricFilter":
                var deleted = await next(call);
                if (deleted.IsSuccess)
                {
                    keptFields.TryRemove(Key(call, Text(call.Json, "logGroupName"), Text(call.Json, "filterName")), out _);
                }

                return deleted;
            case "DeleteLogGroup":
                var gone = await next(call);
                foreach (var key in keptFields.Keys.Where(k => gone.IsSuccess && k.StartsWith(Key(call, Text(call.Json, "logGroupName"), string.Empty), StringComparison.Ordinal)))
                {
                    keptFields.TryRemove(key, out _);
                }

                return gone;
            default:
                return await next(call);
        }
    }

    private async Task<AwsReply> PutAsync(AwsCall call, NextRule next)
    {
        var group = Text(call.Json, "logGroupName");
        var name = Text(call.Json, "filterName");
        var gate = groupLocks.GetOrAdd(Key(call, group, string.Empty), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            var (listed, filters) = await ListAsync(call, group, next);
            if (!listed.IsSuccess)
            {
                return await next(call); // moto's own answer (e.g. ResourceNotFoundException)
            }

            var old = filters.FirstOrDefault(f => Text(f, "filterName") == name);
            if (old is null && filters.Count >= FiltersPerLogGroup)
            {
                return AwsReply.JsonError("LimitExceededException", "Resource limit exceeded.");
            }

            if (old is not null)
            {
                await next(call.DeriveJson("DeleteMetricFilter", new JsonObject { ["logGroupName"] = group, ["filterName"] = name }));
            }

            var put = await next(call);
            if (!put.IsSuccess && old is not null)
            {
                old.Remove("creationTime"); // AWS leaves the old filter in place when the put is refused
                await next(call.DeriveJson("PutMetricFilter", old));
                return put;
            }

            if (put.IsSuccess)
            {
                var kept = new JsonObject();
                foreach (var field in FieldsMotoDrops.Where(call.Json.ContainsKey))
                {
                    kept[field] = call.Json[field]!.DeepClone();
                }

                keptFields[Key(call, group, name)] = kept;
            }

            return put;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<(AwsReply Reply, List<JsonObject> Filters)> ListAsync(AwsCall call, string group, NextRule next)
    {
        var filters = new List<JsonObject>();
        string? token = null;
        while (true)
        {
            var request = new JsonObject { ["logGroupName"] = group };
            if (token is not null)
            {
                request["nextToken"] = token;
            }

            var reply = await next(call.DeriveJson("DescribeMetricFilters", request));
            if (!reply.IsSuccess)
            {
                return (reply, filters);
            }

            var json = reply.Json;
            filters.AddRange((json["metricFilters"] as JsonArray ?? []).OfType<JsonObject>().Where(f => Text(f, "logGroupName") == group).Select(f => (JsonObject)f.DeepClone()));
            token = json["nextToken"]?.GetValue<string>();
            if (string.IsNullOrEmpty(token))
            {
                return (reply, filters);
            }
        }
    }

    private AwsReply WithKeptFields(AwsCall call, AwsReply reply)
    {
        if (!reply.IsSuccess || keptFields.IsEmpty)
        {
            return reply;
        }

        var json = reply.Json;
        foreach (var filter in (json["metricFilters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (keptFields.TryGetValue(Key(call, Text(filter, "logGroupName"), Text(filter, "filterName")), out var kept))
            {
                foreach (var (field, value) in kept)
                {
                    filter[field] = value?.DeepClone();
                }
            }
        }

        return reply.WithBody(json.ToJsonString());
    }

    private static string Key(AwsCall call, string group, string name) => $"{call.Account}/{call.Region}/{group}/{name}";

    private static string Text(JsonObject json, string name) => json[name]?.GetValue<string>() ?? string.Empty;
}
