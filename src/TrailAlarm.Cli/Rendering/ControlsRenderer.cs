using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using TrailAlarm.Frameworks;

namespace TrailAlarm.Cli.Rendering;

internal static class ControlsRenderer
{
    public static void WriteJson(TextWriter output, IReadOnlyList<NumberedControl> rows, string? framework)
    {
        var list = rows.Select(r => new ControlRow(
            framework is null ? null : r.Label,
            r.Control.Id,
            r.Control.Title,
            r.Control.Severity,
            r.Control.Rationale,
            new SortedDictionary<string, string>(r.Control.Frameworks.ToDictionary(), StringComparer.Ordinal))).ToList();
        output.WriteLine(JsonSerializer.Serialize(new ControlList("trailalarm.controls/v1", list), CliJson.Context.ControlList));
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<NumberedControl> rows, string? framework)
    {
        var console = Terminal.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        if (framework is not null)
        {
            table.AddColumn(framework);
        }

        table.AddColumn("Control");
        table.AddColumn("Severity");
        if (framework is null)
        {
            table.AddColumn("Frameworks");
        }

        foreach (var row in rows)
        {
            var c = row.Control;
            var cells = new List<string>();
            if (framework is not null)
            {
                cells.Add(row.Label);
            }

            cells.Add($"{c.Id}\n{c.Title}");
            cells.Add(c.Severity);
            if (framework is null)
            {
                // Every item the JSON lists, one framework a line, so the table hides nothing the JSON shows.
                var items = string.Join("\n", c.Frameworks.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"));
                cells.Add(items.Length == 0 ? "-" : items);
            }

            table.AddRow(TableCells.Texts(cells));
        }

        console.Write(table);
    }
}

internal sealed record ControlRow(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Item,
    string Id,
    string Title,
    string Severity,
    string Rationale,
    SortedDictionary<string, string> Frameworks);

internal sealed record ControlList(string Schema, IReadOnlyList<ControlRow> Controls);
