using System.Text.Json;

namespace TrailAlarm.Cli.Tests;

public class PermissionsCommandTests
{
    [Theory]
    [InlineData("audit", "cloudtrail:DescribeTrails")]
    [InlineData("apply", "cloudwatch:PutMetricAlarm")]
    [InlineData("scan", "logs:FilterLogEvents")]
    public void Each_use_prints_an_iam_policy_with_its_calls(string use, string action)
    {
        var run = CliRunner.Run("permissions", use);

        Assert.Equal(0, run.ExitCode);
        using var policy = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2012-10-17", policy.RootElement.GetProperty("Version").GetString());
        var actions = policy.RootElement.GetProperty("Statement").EnumerateArray().SelectMany(s => s.GetProperty("Action").EnumerateArray()).Select(a => a.GetString()).ToList();
        Assert.Contains(action, actions);
        Assert.DoesNotContain(actions, a => a!.EndsWith(":*", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_policy_cannot_change_anything()
    {
        var run = CliRunner.Run("permissions", "audit");

        using var policy = JsonDocument.Parse(run.Stdout);
        var actions = policy.RootElement.GetProperty("Statement").EnumerateArray().SelectMany(s => s.GetProperty("Action").EnumerateArray()).Select(a => a.GetString()!).ToList();
        Assert.DoesNotContain(actions, a => a.Split(':')[1].StartsWith("Put", StringComparison.Ordinal) || a.Split(':')[1].StartsWith("Create", StringComparison.Ordinal) || a.Split(':')[1].StartsWith("Delete", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_policy_creates_and_deletes_only_aws_configs_service_linked_role()
    {
        var run = CliRunner.Run("permissions", "apply");

        using var policy = JsonDocument.Parse(run.Stdout);
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        JsonElement Granting(string action) => Assert.Single(statements, s => s.GetProperty("Action").EnumerateArray().Any(a => a.GetString() == action));
        var create = Granting("iam:CreateServiceLinkedRole");
        Assert.Equal("config.amazonaws.com", create.GetProperty("Condition").GetProperty("StringEquals").GetProperty("iam:AWSServiceName").GetString());
        var delete = Granting("iam:DeleteServiceLinkedRole");
        Assert.Equal("arn:*:iam::*:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig", delete.GetProperty("Resource").GetString());
        Assert.Single(create.GetProperty("Action").EnumerateArray());
        Assert.Single(delete.GetProperty("Action").EnumerateArray());
    }

    [Fact]
    public void Unknown_use_is_a_usage_error()
    {
        var run = CliRunner.Run("permissions", "everything");

        Assert.Equal(2, run.ExitCode);
    }
}
