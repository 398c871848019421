using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// Rewrites an AWS filter-pattern regex for RE2 (DuckDB) and Java-style engines (Trino): ASCII \d \w \s, `{,n}` as
/// `{0,n}`, `$` as end of text only (\z), `.` across newlines ((?s)), `\` + other character as that character.
/// Only constructs both engines read the same way are emitted.
/// </summary>
internal static class SqlRegex
{
    public static string Translate(string body) => RegexTranslator.Translate(
        body,
        prefix: "(?s)",
        space: "\\x09\\x0A\\x0B\\x0C\\x0D ",
        // A negated class inside a class (e.g. [\Sa]) has no ASCII spelling both engines share.
        negatedInClass: ch => throw new SqlRefusedException($"the regex class \\{ch} inside [...] has no portable SQL spelling"));
}
