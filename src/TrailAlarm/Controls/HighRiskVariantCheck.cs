using TrailAlarm.Catalogue;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Findings;

namespace TrailAlarm.Controls;

/// <summary>
/// Recognises a filter that misses required events but fires on every event of the control's high-risk-only
/// variant: a documented deviation, FAIL under the benchmark with the way to accept it, PASS with a note once accepted.
/// </summary>
internal sealed class HighRiskVariantCheck
{
    private readonly HighRiskVariant variant;
    private readonly FilterPattern reference;
    private readonly IReadOnlyList<SampleEvent> required;
    private readonly IReadOnlyList<SampleEvent> others;
    private readonly bool accepted;

    public HighRiskVariantCheck(HighRiskVariant variant, ControlSamples samples, bool accepted)
    {
        this.variant = variant;
        reference = FilterPattern.Parse(variant.Pattern).Pattern
            ?? throw new InvalidOperationException($"the catalogue's high-risk pattern does not parse: {variant.Pattern}");
        required = samples.Required.Where(e => variant.Events.Contains(HighRiskCheck.BaseName(e), StringComparer.Ordinal)).ToList();
        others = samples.Others;
        this.accepted = accepted;
    }

    /// <summary>The verdict when <paramref name="pattern"/> is the variant; null when it misses a high-risk event too.</summary>
    public (Status Status, string Detail)? Judge(string filterName, FilterPattern pattern, int missed, int of, string missedNames)
    {
        if (!Coverage.Analyse(pattern, required, reference, others).Covers)
        {
            return null;
        }

        var events = string.Join(", ", variant.Events);
        return accepted
            ? (Status.Pass, $"filter '{filterName}' is the high-risk-only variant, accepted with --accept {AcceptedVariants.HighRiskOnlyName}: it fires on {events} and not on {missedNames}, which the benchmark also requires")
            : (Status.Fail, $"filter '{filterName}' misses {missed} of {of} required events ({missedNames}): it is the high-risk-only variant (fires on {events} only), a documented deviation from the benchmark; accept it with --accept {AcceptedVariants.HighRiskOnlyName}");
    }
}
