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
        var scope = new PermissionScopeOptions();
        scope.AddTo(command);
        command.SetAction(parsed =>
        {
            var chosen = parsed.GetValue(use)!;
            if (chosen != Permissions.Apply && scope.AnyGiven(parsed))
            {
                throw new UsageException($"--account, --partition, --topic-name, --alarm-name and --plan shape the apply policy only; the {chosen} policy names no resources");
            }

            console.Out.Write(Permissions.PolicyJson(chosen, scope.From(parsed)));
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(PermissionsWatchCommand.Build(console));
        return command;
    }
}
