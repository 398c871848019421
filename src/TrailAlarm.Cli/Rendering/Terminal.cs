using System.Globalization;
using Spectre.Console;

namespace TrailAlarm.Cli.Rendering;

/// <summary>A Spectre console over a given writer: colours only on a real terminal; width from the terminal or COLUMNS.</summary>
internal static class Terminal
{
    /// <summary>Piped output is as wide as its content: lines are never wrapped to a width nobody chose.</summary>
    private const int Unbounded = 4096;

    public static IAnsiConsole For(TextWriter output)
    {
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (Columns() is { } columns)
        {
            console.Profile.Width = columns;
        }
        else if (!isTerminal)
        {
            console.Profile.Width = Unbounded;
        }

        return console;
    }

    /// <summary>COLUMNS, as shells export it, when it is a sensible number.</summary>
    private static int? Columns() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 20 and <= Unbounded ? n : null;
}
