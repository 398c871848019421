using System.Text.Json;
using TrailAlarm.Aws;
using TrailAlarm.Remediation;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>permissions watch -- COMMAND runs the command in the same process and prints the policy for its calls.</summary>
[Collection(MotoCollection.Name)]
public class PermissionsWatchTests(MotoServer moto)
{
    private static readonly string[] Writes = ["Put", "Create", "Delete", "Update", "Set", "Start", "Stop", "Subscribe", "Unsubscribe", "Pass", "Tag"];

    [Fact]
    public async Task Watching_an_audit_prints_its_reads_only_and_exits_as_the_audit_does()
    {
        var account = MotoServer.NewAccountId();
        using var session = await AwsSession.CreateAsync(new AwsSettings { EndpointUrl = moto.Endpoint, Region = "us-east-1", Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "secret") });
        var keys = (await session.Sts().AssumeRoleAsync($"arn:aws:iam::{account}:role/Audit", "watch")).Keys;

        var run = CliRunner.RunProcess(keys, Environment.CurrentDirectory,
            "permissions", "watch", "--", "audit", "--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1", "--format", "json");

        Assert.True(run.ExitCode == 1, run.Stderr); // the audit of an empty account fails its controls: exit 1
        Assert.Contains("\"findings\"", run.Stderr, StringComparison.Ordinal);
        using var policy = JsonDocument.Parse(run.Stdout);
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        var actions = statements.SelectMany(s => s.GetProperty("Action").EnumerateArray()).Select(a => a.GetString()!).ToList();
        Assert.Contains("cloudtrail:DescribeTrails", actions);
        Assert.Contains("cloudwatch:DescribeAlarms", actions);
        Assert.Contains("sts:GetCallerIdentity", actions);
        Assert.DoesNotContain(actions, a => Writes.Any(w => a.Split(':')[1].StartsWith(w, StringComparison.Ordinal)));
        Assert.All(actions, a => Assert.Contains(a, Permissions.Actions(Permissions.Audit)));
        Assert.DoesNotContain(statements, s => s.GetProperty("Sid").GetString() == WatchedPermissions.UnlistedSid);
    }

    [Fact]
    public void The_inner_commands_usage_error_is_its_exit_code()
    {
        var run = CliRunner.Run("permissions", "watch", "--", "audit", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        using var policy = JsonDocument.Parse(run.Stdout);
        Assert.Empty(policy.RootElement.GetProperty("Statement").EnumerateArray());
    }

    [Fact]
    public void Watching_permissions_itself_is_a_usage_error()
    {
        var run = CliRunner.Run("permissions", "watch", "--", "permissions", "audit");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Scope_options_are_for_the_apply_policy_only()
    {
        Assert.Equal(2, CliRunner.Run("permissions", "audit", "--account", "123456789012").ExitCode);
        Assert.Equal(2, CliRunner.Run("permissions", "apply", "--account", "12345").ExitCode);
        Assert.Equal(2, CliRunner.Run("permissions", "apply", "--partition", "mars").ExitCode);
    }
}
