using TrailAlarm.Aws.Accounts;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

[Collection(MotoCollection.Name)]
public class AuditMultiAccountTests(MotoServer moto)
{
    private sealed class Recorder : IProgress<AccountProgress>
    {
        public List<AccountProgress> Seen { get; } = [];

        public void Report(AccountProgress value)
        {
            lock (Seen)
            {
                Seen.Add(value);
            }
        }
    }

    [Fact]
    public async Task Listed_accounts_are_each_read_through_the_assumed_role()
    {
        var compliant = MotoServer.NewAccountId();
        var empty = MotoServer.NewAccountId();
        using (var seeding = await AwsSession.CreateAsync(MotoAws.Settings(moto.Endpoint, compliant)))
        {
            await AuditAccountSeeder.SeedAsync(seeding, compliant, new AuditScenario());
        }

        using var caller = await MotoAws.NewAccountAsync(moto);
        var progress = new Recorder();
        var snapshots = await AccountsReader.ReadAsync(caller, AccountSelection.Parse($"{compliant},{empty}", "Audit"), ["us-east-1"], TimeProvider.System, 2, progress);

        Assert.Equal([compliant, empty], snapshots.Select(s => s.Account));
        var control = ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!;
        var evaluator = new ControlEvaluator([control], ControlSamples.For);
        Assert.Equal(Status.Pass, evaluator.Evaluate(control, snapshots[0]).Status);
        Assert.Equal(Status.Fail, evaluator.Evaluate(control, snapshots[1]).Status);
        Assert.Equal(2, progress.Seen.Max(p => p.Done));
        Assert.All(progress.Seen, p => Assert.Equal(2, p.Total));
    }

    [Fact]
    public async Task Without_an_account_list_only_the_caller_is_read()
    {
        using var caller = await MotoAws.NewAccountAsync(moto, out var account);
        var snapshots = await AccountsReader.ReadAsync(caller, AccountSelection.CallerOnly, ["us-west-2"], TimeProvider.System, 1);
        var only = Assert.Single(snapshots);
        Assert.Equal(account, only.Account);
        Assert.Equal(["us-west-2"], only.Regions);
    }

    [Theory]
    [InlineData("all", null, "--role-name")]
    [InlineData(null, "Audit", "--accounts")]
    [InlineData("12345", "Audit", "'12345'")]
    public void Account_options_that_do_not_fit_together_are_rejected(string? accounts, string? role, string mentioned)
    {
        var error = Assert.Throws<ArgumentException>(() => AccountSelection.Parse(accounts, role));
        Assert.Contains(mentioned, error.Message);
    }
}
