namespace TrailAlarm.FilterPatterns.Syntax;

internal abstract record SelectorStep;

/// <summary>`.name`, or `.['a.b']` when <see cref="Bracketed"/>.</summary>
internal sealed record PropertyStep(string Name, bool Bracketed) : SelectorStep;

/// <summary>`[n]`.</summary>
internal sealed record IndexStep(int Index) : SelectorStep;

/// <summary>`[*]`: every element of an array.</summary>
internal sealed record AnyElementStep : SelectorStep;

/// <summary>`.*`: every value of an object, or every element of an array.</summary>
internal sealed record AnyValueStep : SelectorStep;

internal sealed record Selector(IReadOnlyList<SelectorStep> Steps)
{
    public bool HasWildcard => Steps.Any(s => s is AnyElementStep or AnyValueStep);
}
