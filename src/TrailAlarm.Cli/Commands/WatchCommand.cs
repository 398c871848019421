using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class WatchCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("watch", "Follow new events (a folder or a log group) and notify when an alarm would fire.");
        command.Arguments.Add(new Argument<string>("SOURCE") { Description = "A folder or cwlogs:LOG_GROUP." });
        new AwsOptions().AddTo(command);
        command.Options.Add(new Option<string>("--notify") { Description = "stdout, webhook:URL or sns:ARN.", DefaultValueFactory = _ => "stdout" });
        command.Options.Add(new Option<string?>("--cursor") { Description = "Cursor file that survives restarts." });
        command.Options.Add(new Option<string?>("--controls") { Description = "Comma-separated control ids (default: all with a pattern)." });
        NotBuilt.Attach(command, console, "watch");
        return command;
    }
}
