namespace TrailAlarm.Cli;

/// <summary>The only place that writes to the console: standard output for results, standard error for messages.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public void Error(string oneLine) => Err.WriteLine("trailalarm: " + oneLine.ReplaceLineEndings(" "));
}

/// <summary>A user mistake found after parsing (bad file, bad value): one line on stderr, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
