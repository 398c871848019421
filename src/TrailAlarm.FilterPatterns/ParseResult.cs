namespace TrailAlarm.FilterPatterns;

/// <summary>Either a compiled pattern or a positioned error; user mistakes never throw.</summary>
public sealed record ParseResult(FilterPattern? Pattern, PatternError? Error)
{
    public bool Success => Pattern is not null;
}

/// <summary>A stable <paramref name="Code"/>, a message, the offending span of the pattern text and a hint.</summary>
public sealed record PatternError(string Code, string Message, int Start, int Length, string? Hint);
