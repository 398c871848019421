using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class ExportCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("export", "Render the same desired state as 'plan' as CloudFormation, Terraform or an aws CLI script.");
        var kind = new Argument<string>("KIND") { Description = "cloudformation, terraform or cli." };
        kind.AcceptOnlyFromAmong("cloudformation", "terraform", "cli");
        command.Arguments.Add(kind);
        new AwsOptions().AddTo(command);
        new FixOptions().AddTo(command);
        command.Options.Add(new Option<string?>("--out") { Description = "Write to this file instead of standard output." });
        NotBuilt.Attach(command, console, "export");
        return command;
    }
}
