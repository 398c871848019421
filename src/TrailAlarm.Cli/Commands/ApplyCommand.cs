using System.CommandLine;
using System.Globalization;
using TrailAlarm.Aws;
using TrailAlarm.Aws.Apply;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Commands;

internal static class ApplyCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("apply", "Apply a saved plan (or plan and apply with --auto-approve), journalling every change.");
        var planFile = new Argument<string?>("PLAN") { Description = "A plan file written by 'trailalarm plan --out'.", Arity = ArgumentArity.ZeroOrOne };
        command.Arguments.Add(planFile);
        var aws = new AwsOptions();
        aws.AddTo(command);
        var fix = new FixOptions();
        fix.AddTo(command);
        var autoApprove = new Option<bool>("--auto-approve") { Description = "Plan and apply in one step." };
        var journalOption = new Option<string?>("--journal") { Description = "Journal file (default trailalarm-journal-<timestamp>.json); an existing journal of the same account is continued." };
        command.Options.Add(autoApprove);
        command.Options.Add(journalOption);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(planFile);
            var auto = parsed.GetValue(autoApprove);
            if (path is null == !auto)
            {
                throw new UsageException(path is null ? "apply needs a PLAN file, or --auto-approve to plan and apply in one step" : "give either a PLAN file or --auto-approve, not both");
            }

            if (path is not null && fix.Given(parsed) is [var first, ..] given)
            {
                throw new UsageException($"apply '{path}': {string.Join(", ", given)} cannot change a saved plan; plan again with {(given.Count == 1 ? "it" : "them")} (or use apply --auto-approve {first} ...)");
            }

            var saved = path is null ? null : LoadPlan(path);
            var settings = auto ? PlanFixSettings.From(parsed, fix) : null;
            var journal = parsed.GetValue(journalOption) ?? $"trailalarm-journal-{DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.json";
            return PlanAws.Guard(console, () =>
            {
                using var session = PlanAws.Session(parsed, aws);
                var plan = saved ?? PlanCommand.Make(session, parsed, aws, settings!);
                if (saved is not null && PlanAws.Account(session) is var account && account != saved.Account)
                {
                    throw new UsageException($"plan '{path}' is for account {saved.Account}, but the credentials are for account {account}");
                }

                if (auto)
                {
                    console.Out.Write(PlanText.Render(plan));
                }

                return Run(console, session, plan, journal);
            });
        });
        return command;
    }

    private static Plan LoadPlan(string path)
    {
        try
        {
            return PlanFile.Load(path);
        }
        catch (RemediationFileException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int Run(CliConsole console, AwsSession session, Plan plan, string journal)
    {
        if (!plan.HasChanges)
        {
            console.Out.WriteLine("Nothing to apply: the plan has no changes.");
            return ExitCodes.Ok;
        }

        try
        {
            var report = new Applier(session, new CallGate { Progress = console.Error }, TimeProvider.System).ApplyAsync(plan, journal).GetAwaiter().GetResult();
            foreach (var (address, phase) in report.Changes)
            {
                console.Out.WriteLine(phase == JournalPhase.Done ? $"{address}: done" : $"{address}: already in place");
            }

            foreach (var pending in report.Pending)
            {
                console.Out.WriteLine($"Pending: {pending}");
            }

            console.Out.WriteLine($"Apply complete: {report.Changes.Count(c => c.Phase == JournalPhase.Done)} change(s) made. Journal: {journal} (undo with 'trailalarm rollback {journal}').");
            return ExitCodes.Ok;
        }
        catch (AccountMovedException e)
        {
            console.Error($"{e.Message}. Journal: {journal}");
            return ExitCodes.Refused;
        }
        catch (AwsApiException e)
        {
            console.Error($"{e.Message}. Stopped; journal: {journal} (apply again with --journal {journal} to resume, or 'trailalarm rollback {journal}')");
            return ExitCodes.Unknown;
        }
        catch (RemediationFileException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
