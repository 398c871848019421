using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// Does a metric filter's pattern fire on every event the control requires? (meaning, not text) A pattern that also
/// fires on the control's near misses still PASSes, with a warning naming them: each raises the alarm for nothing.
/// A filter built to the control's high-risk-only variant FAILs saying so, or PASSes with a note when it is accepted.
/// </summary>
internal sealed class FilterCoverageCheck
{
    private readonly FilterPattern reference;
    private readonly ControlSamples samples;
    private readonly HighRiskVariantCheck? highRisk;

    public FilterCoverageCheck(string referencePattern, ControlSamples samples)
        : this(referencePattern, samples, null, AcceptedVariants.None)
    {
    }

    public FilterCoverageCheck(Control control, ControlSamples samples, AcceptedVariants accepted)
        : this(control.ReferencePattern ?? throw new ArgumentException($"control {control.Id} has no reference pattern", nameof(control)), samples, control.HighRisk, accepted)
    {
    }

    private FilterCoverageCheck(string referencePattern, ControlSamples samples, HighRiskVariant? variant, AcceptedVariants accepted)
    {
        var parsed = FilterPattern.Parse(referencePattern);
        reference = parsed.Pattern ?? throw new InvalidOperationException($"the catalogue's reference pattern does not parse: {parsed.Error?.Message}");
        this.samples = samples;
        highRisk = variant is null ? null : new HighRiskVariantCheck(variant, samples, accepted.HighRiskOnly);
    }

    public (Status Status, string Detail) Judge(MetricFilter filter)
    {
        var (status, detail, _) = Assess(filter);
        return (status, detail);
    }

    /// <summary>The verdict and how many required events the filter misses (all of them when it does not parse): the filter that misses fewest explains a failure best.</summary>
    public (Status Status, string Detail, int Missed) Assess(MetricFilter filter)
    {
        var (status, detail) = Verdict(filter, out var missed);
        return (status, detail, missed);
    }

    private (Status Status, string Detail) Verdict(MetricFilter filter, out int missed)
    {
        missed = samples.Required.Count;
        var parsed = FilterPattern.Parse(filter.Pattern);
        if (parsed.Pattern is null)
        {
            return (Status.Fail, $"filter '{filter.FilterName}' has a pattern that does not parse ({parsed.Error?.Message}), so it never fires: {filter.Pattern}");
        }

        var report = Coverage.Analyse(parsed.Pattern, samples.Required, reference, samples.Others);
        missed = report.Covers ? 0 : report.Missed.Count;
        if (!report.Covers)
        {
            var names = string.Join(", ", report.Missed.Select(m => m.Event));
            if (highRisk?.Judge(filter.FilterName, parsed.Pattern, report.Missed.Count, samples.Required.Count, names) is { } variant)
            {
                return variant.Status == Status.Pass ? WithNoise(variant, filter.FilterName, parsed.Pattern) : variant;
            }

            var first = report.Missed[0];
            return (Status.Fail, $"filter '{filter.FilterName}' misses {report.Missed.Count} of {samples.Required.Count} required events ({names}); {first.Event}: {first.Why}");
        }

        if (Noisy(parsed.Pattern) is { } noisy)
        {
            return (Status.Pass, $"warning: filter '{filter.FilterName}' fires on every required event but also on {noisy}, so ordinary activity raises the alarm");
        }

        var wider = report.Wider ? "; it is wider than the reference pattern and also fires on other events (accepted)" : "";
        return (Status.Pass, $"filter '{filter.FilterName}' fires on every required event{wider}");
    }

    private (Status Status, string Detail) WithNoise((Status Status, string Detail) verdict, string filterName, FilterPattern pattern)
        => Noisy(pattern) is { } noisy
            ? (Status.Pass, $"warning: filter '{filterName}' also fires on {noisy}, so ordinary activity raises the alarm; {verdict.Detail}")
            : verdict;

    private string? Noisy(FilterPattern pattern)
    {
        var noisy = samples.Others.Where(e => pattern.Matches(e.Json)).Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
        return noisy.Count == 0 ? null : $"{noisy.Count} of the {samples.Others.Count} near misses the control ignores ({string.Join(", ", noisy)})";
    }
}
