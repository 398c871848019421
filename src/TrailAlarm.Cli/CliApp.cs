using System.CommandLine;
using TrailAlarm.Cli.Commands;

namespace TrailAlarm.Cli;

/// <summary>Builds the command tree and runs it; usage errors become one line on stderr and exit code 2.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var console = new CliConsole(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = BuildRoot(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var path = CommandPath(parsed);
            console.Error($"{ParseErrors.Describe(parsed)} (see 'trailalarm {(path.Length > 0 ? path + " " : "")}--help')");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Err, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.Error(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            console.Error(ParseErrors.MissingFile(e));
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("TRAILALARM_DEBUG") != "1")
        {
            console.Error($"internal error ({e.GetType().Name}): {e.Message} (set TRAILALARM_DEBUG=1 for details)");
            return ExitCodes.Unknown;
        }
    }

    internal static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("TrailAlarm proves that an AWS account raises an alarm when someone tampers with its audit trail, fixes it safely when it would not, and tests the detection against real CloudTrail events.");
        root.Subcommands.Add(AuditCommand.Build(console));
        root.Subcommands.Add(PlanCommand.Build(console));
        root.Subcommands.Add(ApplyCommand.Build(console));
        root.Subcommands.Add(RollbackCommand.Build(console));
        root.Subcommands.Add(ExportCommand.Build(console));
        root.Subcommands.Add(ScanCommand.Build(console));
        root.Subcommands.Add(QueryCommand.Build(console));
        root.Subcommands.Add(WatchCommand.Build(console));
        root.Subcommands.Add(PatternCommand.Build(console));
        root.Subcommands.Add(ControlsCommand.Build(console));
        root.Subcommands.Add(PermissionsCommand.Build(console));
        return root;
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var r = parsed.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (r.Command is not RootCommand)
            {
                names.Insert(0, r.Command.Name);
            }
        }

        return names.Count == 0 ? "" : string.Join(' ', names);
    }
}
