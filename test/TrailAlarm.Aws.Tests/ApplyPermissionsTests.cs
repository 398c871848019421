using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using TrailAlarm.Aws.Apply;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// The published policies cover every call each path really makes: the calls are watched at the protocol layer
/// against moto_server, so a call added to the reader, the applier or rollback without its permission fails here.
/// </summary>
[Collection(MotoCollection.Name)]
public partial class ApplyPermissionsTests(MotoServer moto)
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2"];

    private async Task<(AwsSession Watched, ConcurrentDictionary<string, byte> Calls, string Account)> WatchedAccountAsync(AuditScenario scenario)
    {
        var account = MotoServer.NewAccountId();
        using (var seeding = await AwsSession.CreateAsync(MotoAws.Settings(moto.Endpoint, account)))
        {
            await AuditAccountSeeder.SeedAsync(seeding, account, scenario);
        }

        var calls = new ConcurrentDictionary<string, byte>();
        var settings = MotoAws.Settings(moto.Endpoint, account) with { OnCall = (service, operation) => calls.TryAdd(Permissions.IamAction(service, operation), 0) };
        return (await AwsSession.CreateAsync(settings), calls, account);
    }

    private static void AssertCovered(string use, IEnumerable<string> calls)
    {
        var missing = calls.Where(c => !Permissions.Actions(use).Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"the '{use}' policy lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Audit_policy_covers_every_call_the_snapshot_reader_makes()
    {
        foreach (var scenario in new[] { new AuditScenario(), new AuditScenario { CloudWatchLogs = false, Config = "missing" } })
        {
            var (session, calls, account) = await WatchedAccountAsync(scenario);
            using (session)
            {
                var snapshot = await SnapshotReader.ReadAsync(session, account, Regions, TimeProvider.System);
                Assert.Empty(snapshot.Gaps);
            }

            Assert.Contains("cloudwatch:DescribeAlarms", calls.Keys);
            AssertCovered(Permissions.Audit, calls.Keys);
        }
    }

    [Fact]
    public async Task Apply_policy_covers_planning_applying_and_rolling_back()
    {
        var (session, calls, account) = await WatchedAccountAsync(new AuditScenario { CloudWatchLogs = false, Config = "missing", Subscriber = false });
        using (session)
        {
            var plan = await ApplyScenarioTests.PlanAsync(session, account);
            var journal = Path.Combine(Path.GetTempPath(), $"permissions-{account}.json");
            await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, journal);
            await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);
            File.Delete(journal);
        }

        Assert.Contains("iam:CreateRole", calls.Keys);
        Assert.Contains("config:PutConfigurationRecorder", calls.Keys);
        Assert.Contains("config:DeleteDeliveryChannel", calls.Keys);
        Assert.Contains("sns:DeleteTopic", calls.Keys);
        AssertCovered(Permissions.Apply, calls.Keys);
    }

    [Fact]
    public async Task Apply_policy_covers_creating_and_deleting_the_config_bucket()
    {
        var (session, calls, account) = await WatchedAccountAsync(new AuditScenario { Config = "missing" });
        using (session)
        {
            var settings = ApplyScenarioTests.Settings(account) with { Controls = ["config-records-cloudtrail"], ConfigBucket = null, CreateConfigBucket = true };
            var snapshot = await PlanInputs.ReadAsync(session, await ApplyScenarioTests.ReadAsync(session, account), settings);
            var plan = Planner.Default().Plan(snapshot, settings, DateTimeOffset.UtcNow);
            Assert.Contains(plan.Changes, c => c.Kind == ResourceKinds.ConfigBucket);
            var journal = Path.Combine(Path.GetTempPath(), $"permissions-bucket-{account}.json");
            await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, journal);
            await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);
            File.Delete(journal);
        }

        Assert.Contains("s3:CreateBucket", calls.Keys);
        Assert.Contains("s3:PutBucketPublicAccessBlock", calls.Keys);
        Assert.Contains("s3:DeleteBucket", calls.Keys);
        AssertCovered(Permissions.Apply, calls.Keys);
    }

    [Fact]
    public void Apply_policy_covers_every_call_named_in_the_applier_source()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "TrailAlarm.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        var named = Directory.GetFiles(Path.Combine(root, "src", "TrailAlarm.Aws", "Apply"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => GateCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.True(named.Count >= 20, $"expected the applier to name its calls, found {named.Count}");
        AssertCovered(Permissions.Apply, named);
    }

    [Fact]
    public void Audit_policy_covers_every_call_a_snapshot_gap_can_name()
    {
        var names = typeof(Calls).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(names);
        AssertCovered(Permissions.Audit, names);
    }

    [GeneratedRegex("(?:ReadAsync|MutateAsync)\\(\"([a-z0-9]+:[A-Za-z]+)\"")]
    private static partial Regex GateCall();
}
