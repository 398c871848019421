using System.CommandLine;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// permissions watch -- COMMAND...: runs a trailalarm command in this process, its output sent to stderr, and prints
/// on stdout the policy for the AWS calls it made. Exits with the command's own exit code.
/// </summary>
internal static class PermissionsWatchCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("watch", "Run a trailalarm command and print the least-privilege policy for the AWS calls it made.");
        var inner = new Argument<string[]>("COMMAND") { Description = "The trailalarm command and its arguments, after --, e.g. -- audit --regions us-east-1.", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(inner);
        var scope = new PermissionScopeOptions();
        scope.AddTo(command);
        command.SetAction(parsed =>
        {
            var args = parsed.GetValue(inner)!;
            if (args[0] == "permissions")
            {
                throw new UsageException("permissions watch: the command to watch is one that calls AWS (audit, plan, apply, rollback, export, scan, query, watch)");
            }

            var policyScope = scope.From(parsed);
            var watch = new AwsCallWatch();
            var code = AwsCallWatch.While(watch, () => CliApp.Run(args, console.Err, console.Err));
            console.Out.Write(Permissions.PolicyJson(WatchedPermissions.For(watch.Actions, policyScope)));
            console.Error($"permissions watch: {watch.Actions.Count} distinct actions called by 'trailalarm {string.Join(' ', args)}' (exit {code})");
            return code;
        });
        return command;
    }
}
