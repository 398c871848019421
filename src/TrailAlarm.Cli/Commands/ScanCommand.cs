using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class ScanCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("scan", "Run the controls (or --pattern) over CloudTrail events and list what would fire.");
        command.Arguments.Add(new Argument<string[]>("SOURCE") { Description = "Files or folders (.json, .json.gz, NDJSON), s3://bucket/prefix, cwlogs:LOG_GROUP or lookup-events.", Arity = ArgumentArity.OneOrMore });
        new AwsOptions().AddTo(command);
        command.Options.Add(new Option<string?>("--controls") { Description = "Comma-separated control ids (default: all with a pattern)." });
        command.Options.Add(new Option<string?>("--pattern") { Description = "Scan for this filter pattern instead of the controls." });
        command.Options.Add(new Option<string?>("--since") { Description = "Only events at or after this time (ISO 8601)." });
        command.Options.Add(new Option<string?>("--until") { Description = "Only events before this time (ISO 8601)." });
        command.Options.Add(new Option<bool>("--simulate-alarm") { Description = "Show the alarm periods that would have fired." });
        command.Options.Add(new Option<string?>("--from-snapshot") { Description = "Use the alarm settings of an audit snapshot." });
        command.Options.Add(new Option<string>("--format") { Description = "table, json or ndjson.", DefaultValueFactory = _ => "table" });
        NotBuilt.Attach(command, console, "scan");
        return command;
    }
}
