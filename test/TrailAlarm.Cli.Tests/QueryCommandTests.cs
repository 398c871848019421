using System.Text.Json;
using System.Text.Json.Nodes;
using TrailAlarm.Aws;
using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>`trailalarm query` and `scan athena:` end to end; the AWS parts against moto.</summary>
[Collection(MotoCollection.Name)]
public sealed class QueryCommandTests(MotoServer moto)
{
    private static readonly AwsKeys Keys = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    [Fact]
    public void Athena_query_for_a_control_selects_its_rows_in_one_pass()
    {
        var run = CliRunner.Run("query", "--engine", "athena", "--controls", "cloudtrail-changes-monitored", "--table", "security.trail", "--since", "2026-11-01");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("SELECT m.controlId AS controlId, eventid AS eventID", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("FROM security.trail\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("eventname = 'StopLogging'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"timestamp\" >= '2026/10/31'", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_the_engine_cannot_express_exits_2_with_the_reason()
    {
        var run = CliRunner.Run("query", "--engine", "cloudtrail-lake", "--table", "eds", "--pattern", "ERROR -DEBUG");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("trailalarm: cannot query with cloudtrail-lake: pattern: a term pattern searches the record's raw text, which the CloudTrail Lake table does not keep\n", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Duckdb_needs_the_files_to_read()
    {
        var run = CliRunner.Run("query", "--engine", "duckdb", "--pattern", "{ $.eventName = StopLogging }");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--table", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_table_reads_the_trail_and_projects_its_bucket_account_and_region()
    {
        var account = MotoServer.NewAccountId();
        using (var session = await AwsSession.CreateAsync(Settings(account)))
        {
            await session.S3().CreateBucketAsync("org-trail-logs");
            await session.CloudTrail().CreateTrailAsync(new TrailSettings { Name = "main", S3BucketName = "org-trail-logs", S3KeyPrefix = "ct" });
        }

        var run = CliRunner.RunProcess(Environment(account), Path.GetTempPath(), "query", "--engine", "athena", "--create-table", "--trail", "main", "--table", "security.cloudtrail_logs", "--first-day", "2026/01/01");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("CREATE EXTERNAL TABLE security.cloudtrail_logs (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("LOCATION 's3://org-trail-logs/ct/AWSLogs/'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"'projection.account.values'='{account}'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("'projection.region.values'='us-east-1'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("'projection.timestamp.range'='2026/01/01,NOW'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("'storage.location.template'='s3://org-trail-logs/ct/AWSLogs/${account}/CloudTrail/${region}/${timestamp}'", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_athena_streams_the_query_rows_into_matches_and_the_alarm_simulation()
    {
        var account = MotoServer.NewAccountId();
        await SeedAthenaResultsAsync(account,
            ["cloudtrail-changes-monitored", "e1", "StopLogging", "2026-11-02T10:01:00Z", "s3://logs/a.json.gz", "1.0"],
            ["cloudtrail-changes-monitored", "e2", "DeleteTrail", "2026-11-02T10:03:00Z", "s3://logs/b.json.gz", "1.0"]);

        var run = CliRunner.RunProcess(Environment(account), Path.GetTempPath(), "scan", "athena:security.cloudtrail_logs", "--workgroup", "primary", "--output-location", "s3://results/",
            "--controls", "cloudtrail-changes-monitored", "--since", "2026-11-01", "--until", "2026-11-03", "--simulate-alarm", "--format", "ndjson");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.Equal(["e1", "e2"], lines.Where(l => l.TryGetProperty("eventID", out _)).Select(l => l.GetProperty("eventID").GetString()));
        var alarm = Assert.Single(lines, l => l.TryGetProperty("alarm", out _));
        Assert.Equal(2, alarm.GetProperty("value").GetDouble());
        Assert.Equal(2, lines[^1].GetProperty("summary").GetProperty("matched").GetInt64());
        Assert.Matches("Athena query [0-9a-f-]{36} SUCCEEDED: 0 MB scanned", run.Stderr);
    }

    [Fact]
    public void Scan_athena_with_a_pattern_athena_cannot_express_exits_2_before_calling_aws()
    {
        var run = CliRunner.Run("scan", "athena:db.t", "--pattern", "%Stop%", "--endpoint-url", "http://127.0.0.1:9");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a standalone regex pattern searches the record's raw text", run.Stderr, StringComparison.Ordinal);
    }

    private AwsSettings Settings(string account) => new()
    {
        EndpointUrl = moto.Endpoint,
        Region = "us-east-1",
        Credentials = Keys,
        ExtraHeaders = new Dictionary<string, string> { ["x-moto-account-id"] = account },
    };

    private Dictionary<string, string?> Environment(string account) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = Keys.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = Keys.SecretAccessKey,
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_PROFILE"] = null,
        ["TRAILALARM_ENDPOINT_URL"] = moto.Endpoint.ToString(),
        ["TRAILALARM_EXTRA_HEADERS"] = "x-moto-account-id=" + account,
    };

    // moto runs no query: it answers GetQueryResults with rows queued through its moto-api (header row first, as Athena does).
    private async Task SeedAthenaResultsAsync(string account, params string[][] rows)
    {
        var data = new JsonArray(Row(["controlId", "eventID", "eventName", "eventTime", "source", "value"]));
        foreach (var row in rows) data.Add(Row(row));
        var body = new JsonObject { ["account_id"] = account, ["region"] = "us-east-1", ["results"] = new JsonArray(new JsonObject { ["rows"] = data }) };
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(moto.Endpoint, "/moto-api/static/athena/query-results"), new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject Row(string[] cells) => new() { ["Data"] = new JsonArray([.. cells.Select(c => (JsonNode)new JsonObject { ["VarCharValue"] = c })]) };
}
