namespace TrailAlarm.Cli;

/// <summary>The only place that writes to the console: standard output for results, standard error for messages.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    /// <summary>One line; control and escape characters from logs (file names, messages) are shown escaped.</summary>
    public void Error(string oneLine) => Err.WriteLine("trailalarm: " + TerminalText.Safe(oneLine.ReplaceLineEndings(" ")));
}

/// <summary>A user mistake found after parsing (bad file, bad value): one line on stderr, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
