using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

/// <summary>For commands whose capability does not exist yet: say so plainly and exit 2, never pretend.</summary>
internal static class NotBuilt
{
    public static void Attach(Command command, CliConsole console, string what)
    {
        command.SetAction(_ =>
        {
            console.Error($"'{what}' is not built yet in this version of trailalarm; nothing was done.");
            return ExitCodes.Usage;
        });
    }
}
