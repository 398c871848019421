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

    /// <summary>A column whose values are single tokens: it keeps its width while wrapping columns give way.</summary>
    public static TableColumn Token(string header) => new TableColumn(header).NoWrap();
}
