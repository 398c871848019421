namespace TrailAlarm.Cli.Tests;

/// <summary>Bad input to plan, apply and rollback: one line on stderr naming what is wrong, exit 2, no AWS call.</summary>
public class ApplyUsageTests
{
    private static void AssertUsage(CliRun run, string mention)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(mention, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Apply_without_a_plan_or_auto_approve_is_a_usage_error() => AssertUsage(CliRunner.Run("apply"), "--auto-approve");

    [Fact]
    public void Apply_of_a_missing_plan_file_names_it() => AssertUsage(CliRunner.Run("apply", "no-such-plan.json"), "no-such-plan.json");

    [Fact]
    public void Apply_of_a_plan_that_is_not_json_names_the_file_and_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\n  \"schema\": \"trailalarm.plan/v1\",\n  oops\n}");
        AssertUsage(CliRunner.Run("apply", path), path);
        File.Delete(path);
    }

    [Fact]
    public void Plan_with_a_malformed_subscriber_names_it() => AssertUsage(CliRunner.Run("plan", "--subscribe", "pager:42"), "pager:42");

    [Fact]
    public void Plan_with_two_names_for_one_alarm_is_refused()
        => AssertUsage(CliRunner.Run("plan", "--alarm-name", "cloudtrail-changes-monitored=A", "--alarm-name", "cloudtrail-changes-monitored=B"), "two names");

    [Fact]
    public void Plan_with_a_topic_arn_that_is_not_an_sns_arn_names_it()
        => AssertUsage(CliRunner.Run("plan", "--topic-arn", "arn:aws:sqs:us-east-1:111122223333:q"), "arn:aws:sqs:us-east-1:111122223333:q");

    [Theory]
    [InlineData("0")]
    [InlineData("42")]
    [InlineData("forever")]
    public void Plan_with_a_retention_cloudwatch_logs_does_not_accept_names_it(string days)
        => AssertUsage(CliRunner.Run("plan", "--integrate-trail", "--log-retention-days", days), $"--log-retention-days: '{days}'");

    [Fact]
    public void Plan_with_a_log_key_that_is_not_a_kms_key_arn_names_it()
        => AssertUsage(CliRunner.Run("plan", "--integrate-trail", "--log-kms-key", "alias/logs"), "--log-kms-key: 'alias/logs'");

    [Fact]
    public void Export_of_an_unknown_kind_is_a_usage_error() => Assert.Equal(2, CliRunner.Run("export", "pulumi").ExitCode);

    [Fact]
    public void Plan_with_an_unknown_control_names_it() => AssertUsage(CliRunner.Run("plan", "--controls", "nope"), "'nope'");

    [Fact]
    public void Rollback_of_a_journal_with_another_schema_names_it()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{"schema":"something/v9","account":"111122223333","entries":[]}""");
        AssertUsage(CliRunner.Run("rollback", path), "something/v9");
        File.Delete(path);
    }
}
