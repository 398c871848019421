namespace TrailAlarm.FilterPatterns.Sql;

internal static class SqlDialects
{
    private static readonly SqlDialect Athena = new AthenaDialect();
    private static readonly SqlDialect Lake = new CloudTrailLakeDialect();
    private static readonly SqlDialect DuckDb = new DuckDbDialect();

    public static SqlDialect For(SqlEngine engine) => engine switch
    {
        SqlEngine.Athena => Athena,
        SqlEngine.CloudTrailLake => Lake,
        _ => DuckDb,
    };
}
