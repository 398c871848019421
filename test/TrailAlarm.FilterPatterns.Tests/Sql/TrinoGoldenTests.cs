using System.Runtime.CompilerServices;
using TrailAlarm.FilterPatterns.Sql;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests.Sql;

/// <summary>
/// The Athena and CloudTrail Lake printers against reviewed golden queries (Sql/Golden/*.sql, also checked by the
/// Trino grammar in scripts/check-trino-sql). TRAILALARM_UPDATE_GOLDEN=1 rewrites them after a deliberate change.
/// </summary>
public sealed class TrinoGoldenTests
{
    private static readonly (string Id, string Pattern, string Value)[] Rules =
    [
        ("cis-4.1", "{ ($.errorCode =\"*UnauthorizedOperation\") || ($.errorCode =\"AccessDenied*\") && ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\") }", "1"),
        ("cis-4.3", "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }", "1"),
        ("mfa", "{ $.userIdentity.sessionContext.attributes.mfaAuthenticated != \"true\" && $.readOnly IS FALSE }", "1"),
        ("bucket", "{ $.eventSource = s3.amazonaws.com && ($.requestParameters.bucketName = %^prod-[a-z]{2,}$% || $.resources[*].ARN = \"arn:aws:s3:::audit*\") }", "1"),
        ("size", "{ $.additionalEventData.bytesTransferredOut > 1e6 && $.requestParameters.tags[*].key NOT EXISTS }", "$.additionalEventData.bytesTransferredOut"),
    ];

    private static readonly DateTimeOffset Since = DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset Until = DateTimeOffset.Parse("2026-11-08T12:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static List<SqlRule> Parsed(params string[] skip)
        => Rules.Where(r => !skip.Contains(r.Id)).Select(r => new SqlRule(r.Id, FilterPattern.Parse(r.Pattern).Pattern!, r.Value)).ToList();

    [Fact]
    public void Athena_query_matches_the_golden_file()
        => Golden("athena.sql", SqlQuery.Build(Parsed(), new SqlSource(SqlEngine.Athena, "security.cloudtrail_logs", Since, Until)));

    [Fact]
    public void CloudTrail_lake_query_matches_the_golden_file()
    {
        // Lake keeps requestParameters as a map of strings: the nested tags[*].key of "size" cannot be reached.
        var all = SqlQuery.Build(Parsed(), new SqlSource(SqlEngine.CloudTrailLake, "eds-0123", Since, Until));
        Assert.Null(all.Sql);
        Assert.StartsWith("size: CloudTrail Lake cannot reach $.requestParameters.tags[*].key", Assert.Single(all.Refusals), StringComparison.Ordinal);
        Golden("cloudtrail-lake.sql", SqlQuery.Build(Parsed("size"), new SqlSource(SqlEngine.CloudTrailLake, "eds-0123", Since, Until)));
    }

    [Fact]
    public void DuckDb_query_matches_the_golden_file()
        => Golden("duckdb.sql", SqlQuery.Build(Parsed(), new SqlSource(SqlEngine.DuckDb, "logs/**/*.json.gz, extra.jsonl", Since, Until)));

    [Theory]
    [InlineData(SqlEngine.Athena, "ERROR -DEBUG", "a term pattern searches the record's raw text, which the Athena table does not keep")]
    [InlineData(SqlEngine.CloudTrailLake, "%Stop%", "a standalone regex pattern searches the record's raw text, which the CloudTrail Lake table does not keep")]
    [InlineData(SqlEngine.DuckDb, "[ip, user, status = 404]", "space-delimited patterns match fields of a text line by position")]
    [InlineData(SqlEngine.Athena, "{ $.EventName = StopLogging }", "Athena cannot reach $.EventName: the table has no column for `EventName`")]
    [InlineData(SqlEngine.Athena, "{ $.userIdentity.* = Root }", "Athena cannot reach $.userIdentity.*: a table row is a set of named columns")]
    [InlineData(SqlEngine.CloudTrailLake, "{ $.eventTime = \"2026*\" }", "CloudTrail Lake cannot reach $.eventTime: the table holds this field as a timestamp")]
    [InlineData(SqlEngine.CloudTrailLake, "{ $.requestParameters.force IS TRUE }", "CloudTrail Lake keeps this map value as text")]
    public void Constructs_an_engine_cannot_express_are_refused_with_the_reason(SqlEngine engine, string pattern, string reason)
    {
        var compiled = SqlCompiler.Where(FilterPattern.Parse(pattern).Pattern!, engine);
        Assert.False(compiled.Success);
        Assert.StartsWith(reason, compiled.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_of_a_string_column_never_exists()
    {
        var compiled = SqlCompiler.Where(FilterPattern.Parse("{ $.eventName.x NOT EXISTS && $.eventName.x != 1 }").Pattern!, SqlEngine.Athena);
        Assert.Equal("(NULL IS NULL AND COALESCE(FALSE, FALSE))", compiled.Sql);
    }

    private static void Golden(string name, SqlQuery query, [CallerFilePath] string here = "")
    {
        Assert.Empty(query.Refusals);
        var path = Path.Combine(Path.GetDirectoryName(here)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("TRAILALARM_UPDATE_GOLDEN") == "1") File.WriteAllText(path, query.Sql + "\n");
        Assert.Equal(File.ReadAllText(path), query.Sql + "\n");
    }
}

public sealed class AthenaTableDdlTests
{
    [Fact]
    public void Organisation_trail_table_projects_accounts_and_regions_under_the_organisation_folder()
    {
        var ddl = AthenaTableDdl.Create("security.org_trail", new TrailDelivery("org-logs", "/audit/", "o-abc123", ["111111111111", "222222222222"], ["eu-west-1", "us-east-1"], new DateOnly(2025, 1, 31)));
        Assert.Contains("LOCATION 's3://org-logs/audit/AWSLogs/o-abc123/'", ddl, StringComparison.Ordinal);
        Assert.Contains("'projection.account.values'='111111111111,222222222222'", ddl, StringComparison.Ordinal);
        Assert.Contains("'projection.region.values'='eu-west-1,us-east-1'", ddl, StringComparison.Ordinal);
        Assert.Contains("'projection.timestamp.range'='2025/01/31,NOW'", ddl, StringComparison.Ordinal);
        Assert.Contains("'storage.location.template'='s3://org-logs/audit/AWSLogs/o-abc123/${account}/CloudTrail/${region}/${timestamp}'", ddl, StringComparison.Ordinal);
        Assert.Contains("    readonly STRING,\n", ddl, StringComparison.Ordinal);
        Assert.Contains("    resources ARRAY<STRUCT<arn: STRING, accountid: STRING, type: STRING>>", ddl, StringComparison.Ordinal);
        Assert.Contains("webidfederationdata: STRUCT<federatedprovider: STRING, attributes: MAP<STRING, STRING>>", ddl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_an_account_or_region_is_refused_before_it_reaches_the_ddl()
        => Assert.Throws<ArgumentException>(() => AthenaTableDdl.Create("t", new TrailDelivery("b", null, null, ["1' OR '1"], ["us-east-1"], new DateOnly(2025, 1, 1))));
}
