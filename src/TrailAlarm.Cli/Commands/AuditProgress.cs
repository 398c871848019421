using TrailAlarm.Aws.Accounts;

namespace TrailAlarm.Cli.Commands;

/// <summary>A one-line progress bar on stderr while several accounts are read — only when stderr is a terminal.</summary>
internal sealed class AuditProgress : IProgress<AccountProgress>, IDisposable
{
    private readonly TextWriter err;
    private readonly Lock gate = new();
    private bool drawn;

    private AuditProgress(TextWriter err)
    {
        this.err = err;
    }

    public static AuditProgress? ForTerminal(CliConsole console)
        => ReferenceEquals(console.Err, Console.Error) && !Console.IsErrorRedirected ? new AuditProgress(console.Err) : null;

    public void Report(AccountProgress value)
    {
        if (value.Total < 2)
        {
            return;
        }

        const int width = 30;
        var filled = value.Done * width / value.Total;
        lock (gate)
        {
            err.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {value.Done}/{value.Total} accounts read (last {value.LastAccount})");
            drawn = true;
        }
    }

    public void Dispose()
    {
        if (drawn)
        {
            err.WriteLine();
        }
    }
}
