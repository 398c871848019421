using System.Text.Json.Nodes;
using TrailAlarm.Aws.Athena;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

/// <summary>The Athena query flow against moto, whose results are set up through its moto-api.</summary>
[Collection(MotoCollection.Name)]
public sealed class AthenaClientTests(MotoServer moto)
{
    internal static async Task SeedResultsAsync(MotoServer moto, string accountId, params string?[][] rows)
    {
        var header = new JsonObject { ["Data"] = new JsonArray([.. new[] { "controlId", "eventID", "eventName", "eventTime", "source", "value" }.Select(n => (JsonNode)new JsonObject { ["VarCharValue"] = n })]) };
        var data = new JsonArray(header);
        foreach (var row in rows)
        {
            data.Add((JsonNode)new JsonObject { ["Data"] = new JsonArray([.. row.Select(v => (JsonNode)(v is null ? new JsonObject() : new JsonObject { ["VarCharValue"] = v }))]) });
        }

        var body = new JsonObject { ["account_id"] = accountId, ["region"] = "us-east-1", ["results"] = new JsonArray(new JsonObject { ["rows"] = data }) };
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(moto.Endpoint, "/moto-api/static/athena/query-results"), new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Query_runs_to_success_and_its_rows_come_back_without_the_header()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await SeedResultsAsync(moto, account,
            ["cloudtrail-changes-monitored", "e1", "StopLogging", "2026-11-02T10:00:00Z", "s3://logs/a.json.gz", "1.0"],
            ["metric", "e2", "PutObject", "2026-11-02T10:01:00Z", "s3://logs/b.json.gz", null]);
        var run = new AthenaQueryRun(session.Athena());

        var id = await run.StartAsync("SELECT 1", new AthenaTarget("primary", "s3://results/trailalarm/"));
        var outcome = await run.WaitAsync(id);
        var matches = new List<Scanning.ScanMatch>();
        await foreach (var row in run.RowsAsync(id)) matches.Add(AthenaMatches.From(row, matches.Count));

        Assert.True(outcome.Succeeded, outcome.State);
        Assert.Equal(id, outcome.QueryId);
        Assert.Equal(0, outcome.DataScannedBytes);
        Assert.Equal(["e1", "e2"], matches.Select(m => m.EventId));
        Assert.Equal("cloudtrail-changes-monitored", matches[0].RuleId);
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), matches[0].EventTime);
        Assert.Equal("s3://logs/a.json.gz", matches[0].Source);
        Assert.Equal(1.0, matches[0].Value);
        Assert.Null(matches[1].Value);
    }

    [Fact]
    public async Task Results_are_read_page_by_page_and_only_the_first_page_has_the_header()
    {
        using var layer = new AthenaPagingLayer(moto.Endpoint);
        var account = MotoServer.NewAccountId();
        using var session = await AwsSession.CreateAsync(MotoAws.Settings(layer.Endpoint, account));
        var rows = Enumerable.Range(0, 2500).Select(i => new string?[] { "rule", $"e{i}", "StopLogging", "2026-11-02T10:00:00Z", "s3://logs/a.json.gz", "1.0" }).ToArray();
        await SeedResultsAsync(moto, account, rows);
        var run = new AthenaQueryRun(session.Athena());
        var id = await run.StartAsync("SELECT 1", new AthenaTarget("primary"));
        await run.WaitAsync(id);

        var ids = new List<string?>();
        await foreach (var row in run.RowsAsync(id)) ids.Add(row[1]);

        Assert.Equal(3, layer.Pages);
        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"e{i}"), ids);
    }

    [Fact]
    public async Task Scan_policy_covers_every_call_of_an_athena_query_and_its_cancellation()
    {
        var calls = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>();
        var settings = MotoAws.Settings(moto.Endpoint, MotoServer.NewAccountId()) with { OnCall = (service, operation) => calls.TryAdd(Remediation.Permissions.IamAction(service, operation), 0) };
        using var session = await AwsSession.CreateAsync(settings);
        var run = new AthenaQueryRun(session.Athena());
        var id = await run.StartAsync("SELECT 1", new AthenaTarget("primary"));
        await run.WaitAsync(id);
        await foreach (var _ in run.RowsAsync(id))
        {
        }

        await session.Athena().StopQueryExecutionAsync(new QueryExecutionIdRequest { QueryExecutionId = id });
        Assert.Contains("athena:StopQueryExecution", calls.Keys);
        Assert.Empty(calls.Keys.Where(a => a.StartsWith("athena:", StringComparison.Ordinal)).Except(Remediation.Permissions.Actions(Remediation.Permissions.Scan)));
    }

    [Fact]
    public async Task Cancelling_the_wait_stops_the_query_in_athena()
    {
        using var session = await MotoAws.NewAccountAsync(moto);
        var athena = session.Athena();
        var run = new AthenaQueryRun(athena);
        // Keep moto's executions RUNNING (its state manager advances them only on request) so the wait is cancelled mid-query.
        await StateManagerAsync("set-transition", new JsonObject { ["model_name"] = "athena::execution", ["transition"] = new JsonObject { ["progression"] = "manual", ["times"] = 1000 } });
        try
        {
            var id = await run.StartAsync("SELECT 1", new AthenaTarget("primary"));
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(id, cancel.Token));
            var after = await athena.GetQueryExecutionAsync(new QueryExecutionIdRequest { QueryExecutionId = id });
            Assert.Equal("CANCELLED", after.QueryExecution!.Status!.State);
        }
        finally
        {
            await StateManagerAsync("unset-transition", new JsonObject { ["model_name"] = "athena::execution" });
        }
    }

    private async Task StateManagerAsync(string verb, JsonObject body)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(moto.Endpoint, "/moto-api/state-manager/" + verb), new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}
