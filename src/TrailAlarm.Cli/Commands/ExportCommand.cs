using System.CommandLine;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Cli.Commands;

internal static class ExportCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("export", "Render the same desired state as 'plan' as CloudFormation, Terraform or an aws CLI script.");
        var kind = new Argument<string>("KIND") { Description = "cloudformation, terraform or cli." };
        kind.AcceptOnlyFromAmong("cloudformation", "terraform", "cli");
        command.Arguments.Add(kind);
        var aws = new AwsOptions();
        aws.AddTo(command);
        var fix = new FixOptions();
        fix.AddTo(command);
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var planFile = new Option<string?>("--plan") { Description = "Render this saved plan instead of reading the account." };
        command.Options.Add(outFile);
        command.Options.Add(planFile);
        command.SetAction(parsed =>
        {
            var format = parsed.GetValue(kind);
            Func<Plan, string> render = format switch
            {
                "cloudformation" => p => Noted(console, p),
                "terraform" => TerraformExporter.Render,
                _ => CliScriptExporter.Render,
            };
            if (parsed.GetValue(planFile) is { } path)
            {
                Plan saved;
                try
                {
                    saved = PlanFile.Load(path);
                }
                catch (RemediationFileException e)
                {
                    throw new UsageException(e.Message);
                }

                return Write(console, parsed.GetValue(outFile), render(saved));
            }

            var settings = PlanFixSettings.From(parsed, fix);
            return PlanAws.Guard(console, () =>
            {
                using var session = PlanAws.Session(parsed, aws);
                return Write(console, parsed.GetValue(outFile), render(PlanCommand.Make(session, parsed, aws, settings)));
            });
        });
        return command;
    }

    /// <summary>The template, with what it leaves out said on stderr (a template only owns what it creates).</summary>
    private static string Noted(CliConsole console, Plan plan)
    {
        foreach (var left in CloudFormationExporter.NotInTemplate(plan))
        {
            console.Err.WriteLine($"trailalarm: not in the template: {left}");
        }

        return CloudFormationExporter.Render(plan);
    }

    private static int Write(CliConsole console, string? path, string text)
    {
        if (path is null)
        {
            console.Out.Write(text);
            return ExitCodes.Ok;
        }

        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out '{path}': cannot write: {e.Message}");
        }

        return ExitCodes.Ok;
    }
}
