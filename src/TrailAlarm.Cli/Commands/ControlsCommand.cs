using System.CommandLine;
using TrailAlarm.Catalogue;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Cli.Commands;

internal static class ControlsCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("controls", "List the control catalogue: id, title, severity and framework items.");
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var framework = new Option<string?>("--framework") { Description = "Only the controls of this framework (e.g. cis-aws-foundations-5.0.0), numbered and ordered as it numbers them." };
        command.Options.Add(format);
        command.Options.Add(framework);
        command.SetAction(parsed =>
        {
            var frameworkId = parsed.GetValue(framework);
            var rows = frameworkId is null
                ? ControlCatalogue.Default.Controls.Select(c => new NumberedControl(c, "")).ToList()
                : FrameworkSelection.Select(Resolve(frameworkId), ControlCatalogue.Default);
            if (parsed.GetValue(format) == "json")
            {
                ControlsRenderer.WriteJson(console.Out, rows, frameworkId);
            }
            else
            {
                ControlsRenderer.WriteTable(console.Out, rows, frameworkId);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The framework named on the command line, or a usage error listing the known ids.</summary>
    public static Framework Resolve(string id) =>
        FrameworkCatalogue.Default.Find(id)
        ?? throw new UsageException($"unknown framework '{id}'; known: {string.Join(", ", FrameworkCatalogue.Default.Ids)}");
}
