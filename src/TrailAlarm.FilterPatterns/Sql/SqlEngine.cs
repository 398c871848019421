namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>The SQL engines a filter pattern compiles to.</summary>
public enum SqlEngine
{
    /// <summary>Amazon Athena (Trino SQL) over the AWS-documented CloudTrail table.</summary>
    Athena,

    /// <summary>CloudTrail Lake (Trino SQL) over an event data store.</summary>
    CloudTrailLake,

    /// <summary>DuckDB over local CloudTrail files read with read_json_objects.</summary>
    DuckDb,
}

/// <summary>A compiled SQL expression, or the reason the engine cannot express the pattern exactly.</summary>
public sealed record SqlExpression(string? Sql, string? Refusal)
{
    public bool Success => Sql is not null;

    internal static SqlExpression Of(string sql) => new(sql, null);

    internal static SqlExpression Refused(string reason) => new(null, reason);
}

/// <summary>Thrown inside the compiler when a construct cannot be expressed; turned into a refusal at the edge.</summary>
#pragma warning disable CA1064, CA1032 // internal control flow of the compiler, never seen outside it
internal sealed class SqlRefusedException(string reason) : Exception(reason);
#pragma warning restore CA1064, CA1032
