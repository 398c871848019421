namespace TrailAlarm.Catalogue;

/// <summary>
/// A control's documented "fewer, sharper alerts" variant: a filter that fires only on the destructive calls among
/// the required events. It deviates from the benchmark, so an audit FAILs it unless the user accepts the variant.
/// </summary>
/// <param name="Events">The required event names the variant still fires on (a subset of fires-on.jsonl).</param>
/// <param name="Pattern">The variant's filter pattern: fires on exactly those required records, never on an ignores record.</param>
/// <param name="Why">One sentence: why these calls are the high-risk ones.</param>
public sealed record HighRiskVariant(IReadOnlyList<string> Events, string Pattern, string Why);
