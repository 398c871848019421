using TrailAlarm.FilterPatterns;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// Does a metric filter's pattern fire on every event the control requires? (meaning, not text) A pattern that also
/// fires on the control's near misses still PASSes, with a warning naming them: each raises the alarm for nothing.
/// </summary>
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

        var noisy = samples.Others.Where(e => parsed.Pattern.Matches(e.Json)).Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
        if (noisy.Count > 0)
        {
            return (Status.Pass, $"warning: filter '{filter.FilterName}' fires on every required event but also on {noisy.Count} of the {samples.Others.Count} near misses the control ignores ({string.Join(", ", noisy)}), so ordinary activity raises the alarm");
        }

        var wider = report.Wider ? "; it is wider than the reference pattern and also fires on other events (accepted)" : "";
        return (Status.Pass, $"filter '{filter.FilterName}' fires on every required event{wider}");
    }
}
