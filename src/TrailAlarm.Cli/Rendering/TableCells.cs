using Spectre.Console;
using Spectre.Console.Rendering;

namespace TrailAlarm.Cli.Rendering;

/// <summary>
/// Table cells that wrap only between words: a word wider than its column (an id, an ARN, a timestamp, a path)
/// is cut once and marked with "…" instead of being split across lines. The full value is in the JSON output.
/// </summary>
internal static class TableCells
{
    public static IRenderable Text(string value) => new Markup(Markup.Escape(value)) { Overflow = Overflow.Ellipsis };

    public static IRenderable Styled(string markup) => new Markup(markup) { Overflow = Overflow.Ellipsis };

    public static IRenderable[] Texts(IEnumerable<string> values) => values.Select(Text).ToArray();

    /// <summary>The width of the longest word (an id, a region) among the values and the header, at most <paramref name="max"/>.</summary>
    public static int LongestWord(string header, IEnumerable<string> values, int max) =>
        Math.Min(values.SelectMany(v => v.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).Append(header).Max(w => w.Length), Math.Max(max, header.Length));

    /// <summary>The width of the longest line among the values and the header.</summary>
    public static int LongestLine(string header, IEnumerable<string> values) =>
        values.SelectMany(v => v.Split('\n')).Append(header).Max(l => l.Length);

    /// <summary>Columns of the given widths; the last (free text) gets what the others leave of the table width.</summary>
    public static void AddColumns(Table table, int tableWidth, params (string Header, int Width)[] columns)
    {
        // A rounded table spends 3 characters per column on borders and padding, plus one.
        var free = tableWidth - (3 * columns.Length) - 1 - columns[..^1].Sum(c => c.Width);
        for (var i = 0; i < columns.Length; i++)
        {
            var width = i == columns.Length - 1 ? Math.Min(columns[i].Width, Math.Max(free, 10)) : columns[i].Width;
            table.AddColumn(new TableColumn(columns[i].Header) { Width = width });
        }
    }

    /// <summary>A column whose values are single tokens: it keeps its width while wrapping columns give way.</summary>
    public static TableColumn Token(string header) => new TableColumn(header).NoWrap();
}
