using System.Text.Json.Nodes;
using TrailAlarm.Aws.Apply;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// Each fixable failing state seeded in moto_server: plan, apply, then the audit passes, a new plan is empty, and
/// rolling back (twice) leaves the account exactly as dumped before the apply.
/// </summary>
[Collection(MotoCollection.Name)]
public class ApplyScenarioTests(MotoServer moto)
{
    private const string Home = AuditAccountSeeder.Home;
    private static readonly string[] Regions = [Home];
    // One apply fixes every control of the catalogue: the whole monitoring section and the Config recorder.
    private static readonly string[] Fixed = [.. ControlCatalogue.Default.Controls.Select(c => c.Id)];
    private static readonly ControlEvaluator Evaluator = new(ControlCatalogue.Default.Controls, ControlSamples.For);

    /// <summary>Every fix option on; a new Config recorder delivers to the seeded trail bucket.</summary>
    internal static FixSettings Settings(string account) => new()
    {
        Subscribers = [Subscriber.Parse("email:secops@example.com")],
        IntegrateTrail = true,
        FixConfigRecorder = true,
        ConfigBucket = $"trail-logs-{account}",
    };

    internal static Task<AccountSnapshot> ReadAsync(AwsSession session, string account)
        => SnapshotReader.ReadAsync(session, account, Regions, TimeProvider.System);

    internal static Task<Plan> PlanAsync(AwsSession session, string account) => PlanAsync(session, account, Settings(account));

    private static async Task<Plan> PlanAsync(AwsSession session, string account, FixSettings settings)
        => Planner.Default().Plan(await PlanInputs.ReadAsync(session, await ReadAsync(session, account), settings), settings, DateTimeOffset.UtcNow);

    internal static string[] Roles(Plan plan) => [.. plan.Changes.Where(c => c.Kind == ResourceKinds.DeliveryRole).Select(c => c.Attribute(Attr.RoleName))];

    /// <param name="afterApply">Checks of the applied account, before the rollback (whose dump comparison shows them undone).</param>
    /// <param name="settingsFor">The fix options for the seeded account (read after seeding); <see cref="Settings"/> unless given.</param>
    private async Task<Plan> FixAndUndoAsync(AuditScenario scenario, Func<AwsSession, Task>? alsoSeed = null, Func<AwsSession, Plan, Task>? afterApply = null, Func<string, FixSettings>? settingsFor = null)
    {
        string account;
        using (var seeding = await MotoAws.NewAccountAsync(moto, out var seeded))
        {
            await AuditAccountSeeder.SeedAsync(seeding, seeded, scenario);
            if (alsoSeed is not null)
            {
                await alsoSeed(seeding);
            }

            account = seeded;
        }

        // Plan, apply and roll back behind the AWS-rules proxy, which holds moto to what AWS requires.
        using var session = await MotoAws.BehindRulesAsync(moto, account);

        var settings = (settingsFor ?? Settings)(account);
        var plan = await PlanAsync(session, account, settings);
        Assert.NotEmpty(plan.Changes);
        var before = await ApplyAccountDump.TakeAsync(session, Home, Roles(plan));
        var journal = Path.Combine(Path.GetTempPath(), $"journal-{account}.json");

        await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, journal);
        if (afterApply is not null)
        {
            await afterApply(session, plan);
        }

        var after = await ReadAsync(session, account);
        foreach (var id in Fixed)
        {
            var finding = Evaluator.Evaluate(ControlCatalogue.Default.Find(id)!, after);
            Assert.True(finding.Status == Status.Pass, $"{id} after apply: {finding.Status}: {finding.Reason}");
        }

        var again = Planner.Default().Plan(await PlanInputs.ReadAsync(session, after, settings), settings, DateTimeOffset.UtcNow);
        Assert.Empty(again.Changes);

        await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);
        Assert.Equal(before, await ApplyAccountDump.TakeAsync(session, Home, Roles(plan)));
        await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);
        Assert.Equal(before, await ApplyAccountDump.TakeAsync(session, Home, Roles(plan)));
        File.Delete(journal);
        return plan;
    }

    [Fact]
    public Task No_filter_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { FilterPattern = null });

    [Fact]
    public async Task An_existing_topic_of_the_default_name_and_its_subscriber_are_reused_not_recreated()
    {
        var plan = await FixAndUndoAsync(new AuditScenario { Alarm = false }, async session =>
        {
            var arn = (await session.Sns(Home).CreateTopicAsync(new Sns.CreateTopicRequest { Name = FixSettings.DefaultTopicName })).TopicArn!;
            await session.Sns(Home).SubscribeAsync(new Sns.SubscribeRequest { TopicArn = arn, Protocol = "email", Endpoint = "secops@example.com" });
        });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.Topic || c.Kind == ResourceKinds.Subscription);
        Assert.Contains(plan.Preconditions, p => p.Kind == ResourceKinds.Topic && p.Expect == Precondition.Exists);
    }

    [Fact]
    public async Task A_topic_encrypted_with_a_key_that_refuses_cloudwatch_gets_the_key_statement_and_rollback_restores_the_exact_policy()
    {
        string? keyArn = null;
        string AdminOnly() => $$"""{"Version":"2012-10-17","Id":"key-admins","Statement":[{"Sid":"Admins","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{ArnAccount(keyArn!)}}:root"},"Action":"kms:*","Resource":"*"}]}""";
        var plan = await FixAndUndoAsync(new AuditScenario(), async session =>
        {
            keyArn = (await session.Kms(Home).CreateKeyAsync(new Kms.CreateKeyRequest { Description = "alarm topic key" })).KeyMetadata!.Arn!;
            await session.Kms(Home).PutKeyPolicyAsync(new Kms.PutKeyPolicyRequest(keyArn, AdminOnly()));
            var topic = (await session.Sns(Home).ListTopicsAsync()).Topics.Single(t => t.TopicArn.EndsWith(":trail-alerts", StringComparison.Ordinal)).TopicArn;
            await session.Sns(Home).SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(topic, "KmsMasterKeyId", keyArn));
        });

        var change = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.KeyPolicy);
        Assert.Equal(keyArn, change.Attribute(Attr.KeyArn));
        using var session = await MotoAws.BehindRulesAsync(moto, ArnAccount(keyArn!));
        Assert.Equal(AdminOnly(), (await session.Kms(Home).GetKeyPolicyAsync(new Kms.GetKeyPolicyRequest(keyArn!))).Policy);
    }

    private static string ArnAccount(string arn) => arn.Split(':')[4];

    [Fact]
    public Task Wrong_filter_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { FilterPattern = "{ $.eventName = CreateTrail }" });

    [Fact]
    public Task No_alarm_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { Alarm = false });

    [Fact]
    public Task Alarm_without_actions_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { AlarmActions = false });

    [Fact]
    public Task Alarm_with_actions_disabled_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { ActionsEnabled = false });

    [Fact]
    public Task Alarm_pointing_at_a_deleted_topic_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { DeleteTopic = true });

    [Fact]
    public Task Topic_without_subscriber_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { Subscriber = false });

    [Fact]
    public Task Stopped_config_recorder_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { Config = "stopped" });

    [Fact]
    public Task Config_recorder_not_recording_trails_is_fixed_and_undone() => FixAndUndoAsync(new AuditScenario { Config = "not-trails" });

    [Fact]
    public Task Missing_config_recorder_is_created_with_a_delivery_channel_and_undone() => FixAndUndoAsync(new AuditScenario { Config = "missing" });

    [Fact]
    public Task Trail_without_cloudwatch_logs_is_integrated_and_undone() => FixAndUndoAsync(new AuditScenario { CloudWatchLogs = false }, afterApply: async (session, plan) =>
    {
        var name = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.LogGroup).Attribute(Attr.LogGroupName);
        var group = Assert.Single(await session.Logs(Home).DescribeAllLogGroupsAsync(new Logs.DescribeLogGroupsRequest { LogGroupNamePrefix = name }));
        Assert.Equal(365, group.RetentionInDays);
        var trail = Assert.Single(await session.CloudTrail(Home).DescribeAllTrailsAsync());
        var trust = JsonNode.Parse((await session.Iam().GetRoleAsync(Assert.Single(Roles(plan)))).Role!.AssumeRolePolicyDocument!)!;
        Assert.Equal("cloudtrail.amazonaws.com", (string?)trust["Statement"]![0]!["Principal"]!["Service"]);
        Assert.Equal(trail.CloudWatchLogsRoleArn, (await session.Iam().GetRoleAsync(Assert.Single(Roles(plan)))).Role!.Arn);
    });

    [Fact]
    public async Task Trail_integrated_with_a_key_that_lets_cloudwatch_logs_in_gets_an_encrypted_log_group_and_undone()
    {
        string? key = null;
        await FixAndUndoAsync(
            new AuditScenario { CloudWatchLogs = false },
            alsoSeed: async session => key = await CreateKeyAsync(session, allowLogs: true),
            settingsFor: account => Settings(account) with { LogKmsKey = key, LogRetentionDays = 30 },
            afterApply: async (session, plan) =>
            {
                var name = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.LogGroup).Attribute(Attr.LogGroupName);
                var group = Assert.Single(await session.Logs(Home).DescribeAllLogGroupsAsync(new Logs.DescribeLogGroupsRequest { LogGroupNamePrefix = name }));
                Assert.Equal((30, key), (group.RetentionInDays, group.KmsKeyId));
                Assert.DoesNotContain(plan.Notes, n => n.Contains(key!, StringComparison.Ordinal));
            });
    }

    [Fact]
    public async Task Key_whose_policy_keeps_cloudwatch_logs_out_is_not_used_and_its_control_stays_unplanned()
    {
        string account;
        using (var seeding = await MotoAws.NewAccountAsync(moto, out var seeded))
        {
            await AuditAccountSeeder.SeedAsync(seeding, seeded, new AuditScenario { CloudWatchLogs = false });
            account = seeded;
        }

        using var session = await MotoAws.BehindRulesAsync(moto, account);
        var key = await CreateKeyAsync(session, allowLogs: false);

        var plan = await PlanAsync(session, account, Settings(account) with { LogKmsKey = key });

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.LogGroup || c.Kind == ResourceKinds.DeliveryRole);
        Assert.Contains(plan.Unplanned, u => u.Reason.Contains($"logs.{Home}.amazonaws.com", StringComparison.Ordinal));
    }

    /// <summary>A key its account administers; with <paramref name="allowLogs"/> its policy also lets CloudWatch Logs of the home region use it.</summary>
    private static async Task<string> CreateKeyAsync(AwsSession session, bool allowLogs)
    {
        var account = (await session.Sts().GetCallerIdentityAsync()).Account;
        var logs = allowLogs
            ? $$""",{"Effect":"Allow","Principal":{"Service":"logs.{{Home}}.amazonaws.com"},"Action":["kms:Encrypt*","kms:Decrypt*","kms:ReEncrypt*","kms:GenerateDataKey*","kms:Describe*"],"Resource":"*"}"""
            : "";
        var policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"kms:*","Resource":"*"}{{logs}}]}""";
        return (await session.Kms(Home).CreateKeyAsync(new Kms.CreateKeyRequest { Policy = policy })).KeyMetadata!.Arn!;
    }
}
