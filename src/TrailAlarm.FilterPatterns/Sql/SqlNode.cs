namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>What the engine knows about a value a selector reaches, which decides how it is tested.</summary>
internal enum NodeShape
{
    /// <summary>A JSON value whose type is known only at run time (DuckDB JSON, Trino JSON).</summary>
    Json,

    /// <summary>A VARCHAR column that holds a JSON string of the record (NULL when absent or null).</summary>
    Text,

    /// <summary>A VARCHAR column that holds a JSON boolean as 'true' / 'false' (the Athena table's readonly).</summary>
    BooleanText,

    /// <summary>A BOOLEAN column.</summary>
    Boolean,

    /// <summary>A VARCHAR map value whose JSON type was lost on the way into the table.</summary>
    UntypedText,

    /// <summary>A struct, array or map column: an object or array, never a scalar.</summary>
    Composite,

    /// <summary>Nothing can be there (a property of a string column): every test is false, NOT EXISTS true.</summary>
    Absent,
}

/// <summary>One value: an SQL expression (NULL when the selector reaches nothing) and its shape.</summary>
internal sealed record SqlNode(string Expr, NodeShape Shape);

/// <summary>What a selector resolves to: one value, or (with a wildcard) a list of values.</summary>
internal abstract record SqlNodeSet;

internal sealed record SingleNode(SqlNode Node) : SqlNodeSet;

/// <summary>
/// A list expression and, for each element bound to <see cref="Var"/>, the value reached (the selector's steps after
/// the wildcard applied to the element).
/// </summary>
internal sealed record ManyNodes(string List, string Var, SqlNode Element) : SqlNodeSet;
