namespace TrailAlarm.Cli;

/// <summary>The exit codes of the command-line contract (docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Unknown = 3;
    public const int Refused = 4;
}
