using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Catalogue;

/// <summary>
/// A control's sample CloudTrail records: those its alarm must fire on (fires-on.jsonl) and near misses it should
/// stay quiet on (ignores.jsonl). Each sample is named by its eventName, with #2, #3… when a name repeats.
/// </summary>
public sealed record ControlSampleSet(IReadOnlyList<SampleEvent> FiresOn, IReadOnlyList<SampleEvent> Ignores)
{
    public static readonly ControlSampleSet None = new([], []);
}
