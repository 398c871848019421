using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class PlanCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("plan", "Compute the changes that would make the failing controls pass, Terraform-style.");
        new AwsOptions().AddTo(command);
        new FixOptions().AddTo(command);
        command.Options.Add(new Option<string?>("--out") { Description = "Write the plan JSON to this file." });
        command.Options.Add(new Option<string?>("--format") { Description = "text or json." });
        NotBuilt.Attach(command, console, "plan");
        return command;
    }
}
