using System.Text.Json;
using Spectre.Console;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Rendering;

internal static class ControlsRenderer
{
    public static void WriteJson(TextWriter output, IReadOnlyList<Control> controls)
    {
        var rows = controls.Select(c => new ControlRow(c.Id, c.Title, c.Severity, c.Rationale, new SortedDictionary<string, string>(c.Frameworks.ToDictionary(), StringComparer.Ordinal))).ToList();
        output.WriteLine(JsonSerializer.Serialize(new ControlList("trailalarm.controls/v1", rows), CliJsonContext.Default.ControlList));
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<Control> controls, string? framework)
    {
        var console = Terminal.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Control");
        table.AddColumn("Severity");
        table.AddColumn(framework ?? "Frameworks");
        foreach (var c in controls)
        {
            var items = framework is null
                ? string.Join(", ", c.Frameworks.Where(f => f.Key.StartsWith("cis-", StringComparison.Ordinal) || f.Key == "aws-securityhub").Select(f => $"{f.Key} {f.Value}"))
                : c.Frameworks[framework];
            table.AddRow(Markup.Escape($"{c.Id}\n{c.Title}"), Markup.Escape(c.Severity), Markup.Escape(items.Length == 0 ? "-" : items));
        }

        console.Write(table);
    }
}

internal sealed record ControlRow(string Id, string Title, string Severity, string Rationale, SortedDictionary<string, string> Frameworks);

internal sealed record ControlList(string Schema, IReadOnlyList<ControlRow> Controls);
