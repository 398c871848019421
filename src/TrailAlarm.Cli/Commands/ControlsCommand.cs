using System.CommandLine;
using TrailAlarm.Catalogue;
using TrailAlarm.Cli.Rendering;

namespace TrailAlarm.Cli.Commands;

internal static class ControlsCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("controls", "List the control catalogue: id, title, severity and framework items.");
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var framework = new Option<string?>("--framework") { Description = "Only the controls of this framework (e.g. cis-aws-foundations-5.0.0), with its numbers." };
        command.Options.Add(format);
        command.Options.Add(framework);
        command.SetAction(parsed =>
        {
            var controls = Select(ControlCatalogue.Default, parsed.GetValue(framework));
            if (parsed.GetValue(format) == "json")
            {
                ControlsRenderer.WriteJson(console.Out, controls);
            }
            else
            {
                ControlsRenderer.WriteTable(console.Out, controls, parsed.GetValue(framework));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<Control> Select(ControlCatalogue catalogue, string? framework)
    {
        if (framework is null)
        {
            return catalogue.Controls;
        }

        var selected = catalogue.Controls.Where(c => c.Frameworks.ContainsKey(framework)).ToList();
        if (selected.Count == 0)
        {
            var known = catalogue.Controls.SelectMany(c => c.Frameworks.Keys).Distinct().Order(StringComparer.Ordinal);
            throw new UsageException($"unknown framework '{framework}'; known: {string.Join(", ", known)}");
        }

        return selected;
    }
}
