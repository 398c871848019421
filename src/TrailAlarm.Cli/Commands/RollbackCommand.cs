using System.CommandLine;
using TrailAlarm.Aws.Apply;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Commands;

internal static class RollbackCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("rollback", "Undo an apply from its journal: delete what it created, restore what it changed, newest first.");
        var journalFile = new Argument<string>("JOURNAL") { Description = "The journal an apply wrote." };
        command.Arguments.Add(journalFile);
        var aws = new AwsOptions();
        aws.AddTo(command);
        var force = new Option<bool>("--force") { Description = "Undo also what changed after the apply (by default such a resource is left alone and named, exit 4)." };
        command.Options.Add(force);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(journalFile)!;
            Journal journal;
            try
            {
                journal = JournalFile.Load(path);
            }
            catch (RemediationFileException e)
            {
                throw new UsageException(e.Message);
            }

            return PlanAws.Guard(console, () =>
            {
                using var session = PlanAws.Session(parsed, aws);
                if (PlanAws.Account(session) is var account && account != journal.Account)
                {
                    throw new UsageException($"journal '{path}' is for account {journal.Account}, but the credentials are for account {account}");
                }

                var report = new RollbackRunner(session, new CallGate { Progress = console.Error }, TimeProvider.System).RollbackAsync(path, parsed.GetValue(force)).GetAwaiter().GetResult();
                foreach (var address in report.Undone)
                {
                    console.Out.WriteLine($"{address}: undone");
                }

                foreach (var (address, why) in report.LeftAlone)
                {
                    console.Error($"{address}: left alone, it changed after the apply ({why}); 'rollback --force {path}' undoes it anyway");
                }

                foreach (var (address, why) in report.LeftInPlace)
                {
                    console.Error($"{address}: left in place, {why}");
                }

                if (!report.Complete)
                {
                    console.Out.WriteLine($"Rollback incomplete: {report.Undone.Count} change(s) undone, {report.LeftAlone.Count + report.LeftInPlace.Count} left alone.");
                    return ExitCodes.Refused;
                }

                console.Out.WriteLine(report.Undone.Count == 0 ? "Nothing to undo: every entry of the journal is already rolled back." : $"Rollback complete: {report.Undone.Count} change(s) undone.");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
