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

                var undone = new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(path).GetAwaiter().GetResult();
                foreach (var address in undone)
                {
                    console.Out.WriteLine($"{address}: undone");
                }

                console.Out.WriteLine(undone.Count == 0 ? "Nothing to undo: every entry of the journal is already rolled back." : $"Rollback complete: {undone.Count} change(s) undone.");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
