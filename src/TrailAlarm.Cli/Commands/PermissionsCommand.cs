using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class PermissionsCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("permissions", "The least-privilege IAM policy JSON for a use of trailalarm.");
        var use = new Argument<string>("USE") { Description = "audit, apply or scan." };
        use.AcceptOnlyFromAmong("audit", "apply", "scan");
        command.Arguments.Add(use);
        NotBuilt.Attach(command, console, "permissions");
        return command;
    }
}
