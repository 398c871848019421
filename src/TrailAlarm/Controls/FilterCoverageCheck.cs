using TrailAlarm.FilterPatterns;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>Does a metric filter's pattern fire on every event the control requires? (meaning, not text)</summary>
internal sealed class FilterCoverageCheck
{
    private readonly FilterPattern reference;
    private readonly ControlSamples samples;

    public FilterCoverageCheck(string referencePattern, ControlSamples samples)
    {
        var parsed = FilterPattern.Parse(referencePattern);
        reference = parsed.Pattern ?? throw new InvalidOperationException($"the catalogue's reference pattern does not parse: {parsed.Error?.Message}");
        this.samples = samples;
    }

    public (Status Status, string Detail) Judge(MetricFilter filter)
    {
        var parsed = FilterPattern.Parse(filter.Pattern);
        if (parsed.Pattern is null)
        {
            return (Status.Fail, $"filter '{filter.FilterName}' has a pattern that does not parse ({parsed.Error?.Message}), so it never fires: {filter.Pattern}");
        }

        var report = Coverage.Analyse(parsed.Pattern, samples.Required, reference, samples.Others);
        if (!report.Covers)
        {
            var names = string.Join(", ", report.Missed.Select(m => m.Event));
            var first = report.Missed[0];
            return (Status.Fail, $"filter '{filter.FilterName}' misses {report.Missed.Count} of {samples.Required.Count} required events ({names}); {first.Event}: {first.Why}");
        }

        var wider = report.Wider ? "; it is wider than the reference pattern and also fires on other events (accepted)" : "";
        return (Status.Pass, $"filter '{filter.FilterName}' fires on every required event{wider}");
    }
}
