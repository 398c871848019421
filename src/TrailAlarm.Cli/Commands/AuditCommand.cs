using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class AuditCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("audit", "Read the account(s), evaluate the controls and print findings.");
        var aws = new AwsOptions();
        aws.AddTo(command);
        var controls = new Option<string?>("--controls") { Description = "Comma-separated control ids or groups such as cis-monitoring (default: all in the catalogue)." };
        var framework = new Option<string?>("--framework") { Description = "Evaluate the controls of this framework, numbered as it numbers them." };
        var format = new Option<string[]>("--format") { Description = "table, json, csv, ocsf, asff, sarif, junit or html (repeatable with --output-dir)." };
        var output = new Option<string?>("--output") { Description = "Write the report to this file." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write one report per --format into this folder." };
        var saveSnapshot = new Option<string?>("--save-snapshot") { Description = "Save the account snapshot to this file." };
        var fromSnapshot = new Option<string?>("--from-snapshot") { Description = "Evaluate a saved snapshot; no AWS calls." };
        var verbose = new Option<bool>("--verbose") { Description = "Show every step of every finding." };
        var accept = new Option<string[]>("--accept") { Description = "Accept a documented deviation from the benchmark: high-risk-only (filters that fire only on destructive calls PASS with a note)." };
        foreach (var option in new Option[] { controls, framework, format, output, outputDir, saveSnapshot, fromSnapshot, verbose, accept })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var request = new AuditRequest(
                parsed.GetValue(controls),
                parsed.GetValue(framework),
                parsed.GetValue(format) ?? [],
                parsed.GetValue(output),
                parsed.GetValue(outputDir),
                parsed.GetValue(saveSnapshot),
                parsed.GetValue(fromSnapshot),
                parsed.GetValue(verbose),
                parsed.GetValue(accept) ?? [],
                new AwsRequest(
                    () => AwsSettingsFactory.From(parsed, aws),
                    parsed.GetValue(aws.Regions),
                    parsed.GetValue(aws.Accounts),
                    parsed.GetValue(aws.RoleName),
                    parsed.GetValue(aws.MaxConcurrency)));
            return AuditRun.Execute(request, console);
        });
        return command;
    }
}
