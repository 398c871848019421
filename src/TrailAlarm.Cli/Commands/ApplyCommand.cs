using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class ApplyCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("apply", "Apply a saved plan (or plan and apply with --auto-approve), journalling every change.");
        command.Arguments.Add(new Argument<string?>("PLAN") { Description = "A plan file written by 'trailalarm plan --out'.", Arity = ArgumentArity.ZeroOrOne });
        new AwsOptions().AddTo(command);
        new FixOptions().AddTo(command);
        command.Options.Add(new Option<bool>("--auto-approve") { Description = "Plan and apply in one step." });
        command.Options.Add(new Option<string?>("--journal") { Description = "Journal file (default trailalarm-journal-<timestamp>.json)." });
        NotBuilt.Attach(command, console, "apply");
        return command;
    }
}
