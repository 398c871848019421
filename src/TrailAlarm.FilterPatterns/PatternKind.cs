namespace TrailAlarm.FilterPatterns;

public enum PatternKind
{
    MatchAll,
    Terms,
    Regex,
    Json,
    Delimited,
}
