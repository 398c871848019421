using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>
/// What differs between engines: where a selector's value lives, how a value's JSON type is tested, the function
/// names. The compiler core (<see cref="SqlPredicates"/>) builds every condition from these pieces.
/// </summary>
internal abstract class SqlDialect
{
    public abstract string Name { get; }

    /// <summary>The values a selector reaches; throws <see cref="SqlRefusedException"/> when the table cannot hold them.</summary>
    public abstract SqlNodeSet Resolve(Selector selector);

    /// <summary>The record as text, for term and standalone regex patterns; null when the engine has no such text.</summary>
    public abstract string? RecordText { get; }

    public abstract string RegexSearch(string text, string quotedPattern);

    /// <summary>TRUE when some element of the list satisfies the predicate (never NULL).</summary>
    public abstract string AnyMatch(ManyNodes nodes, string predicate);

    // Tests of one JSON value (NodeShape.Json).
    public abstract string JsonIsNull(string x);

    public abstract string JsonIsBoolean(string x, bool value);

    public abstract string JsonIsScalar(string x);

    public abstract string JsonIsString(string x);

    public abstract string JsonIsNumber(string x);

    /// <summary>The text of a scalar: a string's content, a number's or boolean's JSON text.</summary>
    public abstract string JsonText(string x);

    public static string ToDouble(string text) => $"TRY_CAST({text} AS DOUBLE)";
}
