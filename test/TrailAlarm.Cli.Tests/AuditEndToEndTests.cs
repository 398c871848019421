using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TrailAlarm.Aws;
using TrailAlarm.Testing;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// The CLI as a separate process against moto_server with plain credentials and --endpoint-url (what ./demo does):
/// the account comes from STS GetCallerIdentity of keys that moto issued for a fresh account.
/// </summary>
[Collection(MotoCollection.Name)]
public class AuditEndToEndTests(MotoServer moto)
{
    private async Task<(string Account, AwsKeys Keys)> FreshAccountKeysAsync()
    {
        var account = MotoServer.NewAccountId();
        var settings = new AwsSettings { EndpointUrl = moto.Endpoint, Region = "us-east-1", Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "secret") };
        using var session = await AwsSession.CreateAsync(settings);
        var role = await session.Sts().AssumeRoleAsync($"arn:aws:iam::{account}:role/Audit", "e2e");
        return (account, role.Keys);
    }

    private static CliRun RunProcess(AwsKeys keys, params string[] args) => CliRunner.RunProcess(keys, Environment.CurrentDirectory, args);

    [Fact]
    public async Task Audit_of_an_empty_account_fails_every_control_and_saves_a_snapshot_that_replays_the_same()
    {
        var (account, keys) = await FreshAccountKeysAsync();
        var saved = Path.Combine(Path.GetTempPath(), $"snapshot-{Guid.NewGuid():N}.json");
        try
        {
            var run = RunProcess(keys, "audit", "--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1,us-west-2", "--format", "json", "--save-snapshot", saved);
            Assert.True(run.ExitCode == 1, run.Stderr);
            using var doc = JsonDocument.Parse(run.Stdout);
            var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
            Assert.All(findings, f => Assert.Equal(account, f.GetProperty("account").GetString()));
            Assert.Equal(ControlCatalogue.Default.Controls.Count, findings.Count);
            Assert.All(findings.Where(f => f.GetProperty("controlId").GetString() != "config-records-cloudtrail"), f => Assert.Equal("FAIL", f.GetProperty("status").GetString()));
            Assert.Equal("NOT_APPLICABLE", findings.Single(f => f.GetProperty("controlId").GetString() == "config-records-cloudtrail").GetProperty("status").GetString());

            var replay = CliRunner.Run("audit", "--from-snapshot", saved, "--format", "json");
            Assert.Equal(1, replay.ExitCode);
            using var again = JsonDocument.Parse(replay.Stdout);
            Assert.Equal(
                findings.Select(f => f.GetProperty("reason").GetString()),
                again.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("reason").GetString()));
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Fact]
    public void An_endpoint_nobody_listens_on_is_exit_3_with_one_line_naming_it()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = RunProcess(new AwsKeys("AKIAIOSFODNN7EXAMPLE", "secret"), "audit", "--endpoint-url", $"http://127.0.0.1:{port}", "--regions", "us-east-1");

        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"cannot connect to http://127.0.0.1:{port}: connection refused", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
