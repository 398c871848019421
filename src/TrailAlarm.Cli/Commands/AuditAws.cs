using TrailAlarm.Aws;
using TrailAlarm.Aws.Accounts;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli.Commands;

/// <summary>Reads the selected accounts from AWS; a failure to reach AWS at all comes back as one line (exit 3).</summary>
internal static class AuditAws
{
    public sealed record Result(IReadOnlyList<AccountSnapshot> Snapshots, string? Failure);

    public static Result Read(AwsRequest options, CliConsole console)
    {
        var regions = AwsSettingsFactory.Regions(options.Regions);
        AccountSelection selection;
        try
        {
            selection = AccountSelection.Parse(options.Accounts, options.RoleName);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var settings = options.Settings();
        try
        {
            using var session = AwsSession.CreateAsync(settings).GetAwaiter().GetResult();
            using var progress = AuditProgress.ForTerminal(console);
            var snapshots = AccountsReader.ReadAsync(session, selection, regions, TimeProvider.System, Math.Max(1, options.MaxConcurrency / 2), progress).GetAwaiter().GetResult();
            return new Result(snapshots, null);
        }
        catch (NoCredentialsException e)
        {
            return new Result([], e.Message);
        }
        catch (AwsApiException e)
        {
            return new Result([], $"could not read AWS: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return new Result([], $"could not reach AWS: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
