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
        var outFile = new Option<string?>("--out")
        {
            Description = "Write to this file instead of standard output (cloudformation: a directory gets one template a region, trailalarm-REGION.json).",
        };
        var planFile = new Option<string?>("--plan") { Description = "Render this saved plan instead of reading the account." };
        command.Options.Add(outFile);
        command.Options.Add(planFile);
        command.SetAction(parsed =>
        {
            var format = parsed.GetValue(kind)!;
            var output = parsed.GetValue(outFile);
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

                return Export(console, format, output, saved);
            }

            var settings = PlanFixSettings.From(parsed, fix);
            return PlanAws.Guard(console, () =>
            {
                using var session = PlanAws.Session(parsed, aws);
                return Export(console, format, output, PlanCommand.Make(session, parsed, aws, settings));
            });
        });
        return command;
    }

    private static int Export(CliConsole console, string format, string? output, Plan plan) => format switch
    {
        "cloudformation" => CloudFormationTemplates.Write(console, output, plan),
        "terraform" => Write(console, output, TerraformExporter.Render(plan)),
        _ => Write(console, output, CliScriptExporter.Render(plan)),
    };

    /// <summary>The text on standard output, or in the file <paramref name="path"/> names.</summary>
    internal static int Write(CliConsole console, string? path, string text)
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
