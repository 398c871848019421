using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Catalogue;

/// <summary>
/// Refuses a high-risk variant that would judge vacuously or wrongly: events that are not required, a pattern that
/// does not parse, misses a record of its own events, fires on a record of another required event (then it is not
/// narrower) or on a near miss.
/// </summary>
internal static class HighRiskCheck
{
    public static void Check(HighRiskVariant variant, Control control, IReadOnlyList<SampleEvent> firesOn, IReadOnlyList<SampleEvent> ignores, string where)
    {
        if (control.Kind != ControlKinds.MetricFilterAlarm)
        {
            throw new InvalidDataException($"{where}: highRisk is for {ControlKinds.MetricFilterAlarm} controls only");
        }

        if (variant.Events is not { Count: > 0 } || string.IsNullOrWhiteSpace(variant.Pattern) || string.IsNullOrWhiteSpace(variant.Why))
        {
            throw new InvalidDataException($"{where}: highRisk needs events, pattern and why");
        }

        var required = firesOn.Select(BaseName).ToHashSet(StringComparer.Ordinal);
        if (variant.Events.FirstOrDefault(e => !required.Contains(e)) is { } stray)
        {
            throw new InvalidDataException($"{where}: highRisk event '{stray}' is not a required event (the event names of fires-on.jsonl)");
        }

        var parsed = FilterPattern.Parse(variant.Pattern);
        var pattern = parsed.Pattern ?? throw new InvalidDataException($"{where}: highRisk.pattern does not parse: {parsed.Error?.Message}");
        foreach (var e in firesOn)
        {
            var inVariant = variant.Events.Contains(BaseName(e), StringComparer.Ordinal);
            if (inVariant != pattern.Matches(e.Json))
            {
                throw new InvalidDataException(inVariant
                    ? $"{where}: highRisk.pattern does not fire on fires-on record {e.Name}, one of its events"
                    : $"{where}: highRisk.pattern fires on fires-on record {e.Name}, which is not one of its events (so it is not the narrower variant)");
            }
        }

        if (ignores.FirstOrDefault(e => pattern.Matches(e.Json)) is { } noisy)
        {
            throw new InvalidDataException($"{where}: highRisk.pattern fires on ignores record {noisy.Name}");
        }
    }

    public static string BaseName(SampleEvent e) => e.Name.Split(" #")[0];
}
