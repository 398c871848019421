using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class RollbackCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("rollback", "Undo an apply: delete what it created, restore what it changed, newest first.");
        command.Arguments.Add(new Argument<string>("JOURNAL") { Description = "The journal written by 'trailalarm apply'." });
        new AwsOptions().AddTo(command);
        NotBuilt.Attach(command, console, "rollback");
        return command;
    }
}
