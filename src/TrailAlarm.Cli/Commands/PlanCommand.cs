using System.CommandLine;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Commands;

internal static class PlanCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("plan", "Compute the changes that would make the failing controls pass, Terraform-style.");
        var aws = new AwsOptions();
        aws.AddTo(command);
        var fix = new FixOptions();
        fix.AddTo(command);
        var outFile = new Option<string?>("--out") { Description = "Write the plan JSON to this file." };
        var format = new Option<string?>("--format") { Description = "text or json." };
        command.Options.Add(outFile);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var chosen = parsed.GetValue(format) ?? "text";
            if (chosen is not ("text" or "json"))
            {
                throw new UsageException($"--format '{chosen}': plan prints text or json");
            }

            var settings = PlanFixSettings.From(parsed, fix);
            return PlanAws.Guard(console, () =>
            {
                using var session = PlanAws.Session(parsed, aws);
                var plan = Make(session, parsed, aws, settings);
                if (parsed.GetValue(outFile) is { } path)
                {
                    Save(path, plan);
                }

                console.Out.Write(chosen == "json" ? PlanFile.ToJson(plan) + "\n" : PlanText.Render(plan));

                // cli.md: "No changes" (exit 0) only when every selected control passes; a control this plan
                // leaves failing makes it exit 1, as the audit would.
                return plan.Unplanned.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>Reads the caller's account and plans the fix (shared with apply --auto-approve and export).</summary>
    public static Plan Make(Aws.AwsSession session, ParseResult parsed, AwsOptions aws, FixSettings settings)
    {
        var snapshot = Aws.Apply.PlanInputs.ReadAsync(session, PlanAws.Read(session, parsed, aws), settings).GetAwaiter().GetResult();
        try
        {
            return Planner.Default().Plan(snapshot, settings, DateTimeOffset.UtcNow);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void Save(string path, Plan plan)
    {
        try
        {
            PlanFile.Save(path, plan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out '{path}': cannot write the plan: {e.Message}");
        }
    }
}
