using System.CommandLine;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Commands;

internal static class PermissionsCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("permissions", "The least-privilege IAM policy JSON for a use of trailalarm.");
        var use = new Argument<string>("USE") { Description = "audit, apply (plan, apply, rollback, export from the account) or scan." };
        use.AcceptOnlyFromAmong("audit", "apply", "scan");
        command.Arguments.Add(use);
        command.SetAction(parsed =>
        {
            console.Out.Write(Permissions.PolicyJson(parsed.GetValue(use)!));
            return ExitCodes.Ok;
        });
        return command;
    }
}
