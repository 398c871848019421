using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// A resource's attributes as the plan names them, read off its snapshot form. The applier reads live resources
/// through the same functions, so "the account still looks as planned" compares like with like.
/// </summary>
public static class ResourceAttributes
{
    public static IReadOnlyDictionary<string, string> Filter(MetricFilter filter) => MetricControlPlanner.FilterAttributes(filter);

    public static IReadOnlyDictionary<string, string> Alarm(MetricAlarm alarm) => AlarmSpec.Of(alarm);

    public static IReadOnlyDictionary<string, string> Recorder(ConfigRecorder recorder) => ConfigRecorderPlanner.Attributes(recorder);

    /// <summary>List-valued attributes: compared as sets, because AWS may return them in another order.</summary>
    public static bool IsList(string name) => name is Attr.AlarmActions or Attr.OkActions or Attr.InsufficientDataActions or Attr.ResourceTypes or Attr.ExclusionResourceTypes or Attr.EmitSystemFieldDimensions;

    /// <summary>Does <paramref name="actual"/> hold every attribute of <paramref name="expected"/> with the same value?</summary>
    public static bool Match(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        foreach (var (name, value) in expected)
        {
            var other = actual.TryGetValue(name, out var v) ? v : "";
            var same = name switch
            {
                _ when IsList(name) => Attr.Split(value).Order(StringComparer.Ordinal).SequenceEqual(Attr.Split(other).Order(StringComparer.Ordinal)),
                Attr.Policy => TopicPolicyMerge.Canonical(value) == TopicPolicyMerge.Canonical(other),
                _ => value == other,
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The attributes that differ, as "name: was -> now", for messages.</summary>
    public static string Differences(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
        => string.Join("; ", expected
            .Where(kv => !Match(new Dictionary<string, string> { [kv.Key] = kv.Value }, actual))
            .Select(kv => $"{kv.Key}: planned '{kv.Value}', found '{(actual.TryGetValue(kv.Key, out var v) ? v : "")}'"));
}
