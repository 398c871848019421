using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class AuditCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("audit", "Read the account(s), evaluate the controls and print findings.");
        new AwsOptions().AddTo(command);
        command.Options.Add(new Option<string?>("--controls") { Description = "Comma-separated control ids (default: all in the catalogue)." });
        command.Options.Add(new Option<string?>("--framework") { Description = "Evaluate the controls of this framework, numbered as it numbers them." });
        command.Options.Add(new Option<string[]>("--format") { Description = "table, json, csv, ocsf, asff, sarif, junit or html (repeatable with --output-dir)." });
        command.Options.Add(new Option<string?>("--output") { Description = "Write the report to this file." });
        command.Options.Add(new Option<string?>("--output-dir") { Description = "Write one report per --format into this folder." });
        command.Options.Add(new Option<string?>("--save-snapshot") { Description = "Save the account snapshot to this file." });
        command.Options.Add(new Option<string?>("--from-snapshot") { Description = "Evaluate a saved snapshot; no AWS calls." });
        command.Options.Add(new Option<bool>("--verbose") { Description = "Show every step of every finding." });
        NotBuilt.Attach(command, console, "audit");
        return command;
    }
}
