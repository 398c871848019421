using TrailAlarm.Aws.Apply;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Remediation;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// An apply interrupted right after each of its mutating calls in turn (before the journal records the outcome, as a
/// kill would leave it): applying again with the same journal reaches the same end state as an uninterrupted apply,
/// and rolling back from the interruption point gives back the original account.
/// </summary>
[Collection(MotoCollection.Name)]
public class ApplyCrashTests(MotoServer moto)
{
    private const string Home = AuditAccountSeeder.Home;
    private static readonly AuditScenario Broken = new() { CloudWatchLogs = false, Config = "stopped" };

    private sealed class SimulatedCrashException(int call) : Exception($"simulated crash after mutating call {call}");

    private static CallGate CrashAfter(int k) => new((_, n, _) => n == k ? throw new SimulatedCrashException(n) : Task.CompletedTask);

    private static List<string> Normalise(IReadOnlyList<string> dump, string account)
        => dump.Select(line => line.Replace(account, "ACCOUNT", StringComparison.Ordinal)).ToList();

    private async Task<(AwsSession Session, string Account, Plan Plan, IReadOnlyList<string> Before)> SeedAsync()
    {
        var seeding = await MotoAws.NewAccountAsync(moto, out var account);
        using (seeding)
        {
            await AuditAccountSeeder.SeedAsync(seeding, account, Broken);
        }

        // Plan and apply behind the AWS-rules proxy: a filter put again under its name replaces it, as on AWS.
        var session = await MotoAws.BehindRulesAsync(moto, account);
        var plan = await ApplyScenarioTests.PlanAsync(session, account);
        return (session, account, plan, await ApplyAccountDump.TakeAsync(session, Home, ApplyScenarioTests.Roles(plan)));
    }

    /// <returns>false when the apply finished before reaching call <paramref name="k"/>.</returns>
    private static async Task<bool> InterruptAsync(AwsSession session, Plan plan, string journal, int k)
    {
        try
        {
            await new Applier(session, CrashAfter(k), TimeProvider.System).ApplyAsync(plan, journal);
            return false;
        }
        catch (SimulatedCrashException)
        {
            return true;
        }
    }

    [Fact]
    public async Task Interrupted_apply_resumes_to_the_same_end_state_or_rolls_back_to_the_original()
    {
        var (reference, referenceAccount, referencePlan, _) = await SeedAsync();
        using (reference)
        {
            var referenceJournal = Path.GetTempFileName();
            File.Delete(referenceJournal);
            var gate = new CallGate();
            await new Applier(reference, gate, TimeProvider.System).ApplyAsync(referencePlan, referenceJournal);
            var endState = Normalise(await ApplyAccountDump.TakeAsync(reference, Home, ApplyScenarioTests.Roles(referencePlan)), referenceAccount);
            Assert.True(gate.Mutations >= 10, $"the scenario should need many calls, it made {gate.Mutations}");

            for (var k = 1; k <= gate.Mutations; k++)
            {
                await ResumeAsync(k, endState);
                await RollBackAsync(k);
            }
        }
    }

    private async Task ResumeAsync(int k, IReadOnlyList<string> endState)
    {
        var (session, account, plan, _) = await SeedAsync();
        using (session)
        {
            var journal = Path.Combine(Path.GetTempPath(), $"crash-resume-{account}.json");
            Assert.True(await InterruptAsync(session, plan, journal, k), $"call {k} was never reached");

            // Odd interruption points resume with the same journal, even ones with a fresh journal (as a user who
            // simply runs apply again would): both must converge.
            var resumeJournal = k % 2 == 1 ? journal : journal + ".second.json";
            await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, resumeJournal);
            File.Delete(journal + ".second.json");

            Assert.Equal(endState, Normalise(await ApplyAccountDump.TakeAsync(session, Home, ApplyScenarioTests.Roles(plan)), account));
            var snapshot = await ApplyScenarioTests.ReadAsync(session, account);
            var finding = new ControlEvaluator(ControlCatalogue.Default.Controls, ControlSamples.For).Evaluate(ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!, snapshot);
            Assert.True(finding.Status == Status.Pass, $"resumed after call {k}: {finding.Reason}");
            File.Delete(journal);
        }
    }

    private async Task RollBackAsync(int k)
    {
        var (session, account, plan, before) = await SeedAsync();
        using (session)
        {
            var journal = Path.Combine(Path.GetTempPath(), $"crash-rollback-{account}.json");
            Assert.True(await InterruptAsync(session, plan, journal, k), $"call {k} was never reached");

            await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);

            Assert.Equal(before, await ApplyAccountDump.TakeAsync(session, Home, ApplyScenarioTests.Roles(plan)));
            File.Delete(journal);
        }
    }
}
