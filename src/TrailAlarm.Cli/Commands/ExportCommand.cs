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
            Func<Plan, string> render = parsed.GetValue(kind) switch
            {
                "cloudformation" => CloudFormationExporter.Render,
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
