using System.CommandLine;
using TrailAlarm.Aws;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli.Commands;

/// <summary>The session and snapshot plan and apply work from: the caller's account only, in the chosen regions.</summary>
internal static class PlanAws
{
    public static AwsSession Session(ParseResult parsed, AwsOptions options)
    {
        if (parsed.GetValue(options.Accounts) is { Length: > 0 } accounts)
        {
            throw new UsageException($"--accounts '{accounts}': plan, apply and export work on one account at a time (the caller's); run them once per account");
        }

        var settings = AwsSettingsFactory.From(parsed, options);
        try
        {
            return AwsSession.CreateAsync(settings).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static string Account(AwsSession session) => session.Sts().GetCallerIdentityAsync().GetAwaiter().GetResult().Account;

    public static AccountSnapshot Read(AwsSession session, ParseResult parsed, AwsOptions options)
    {
        var account = Account(session);
        IReadOnlyList<string> regions = AwsSettingsFactory.Regions(parsed.GetValue(options.Regions)) ?? (IReadOnlyList<string>)session.Ec2(session.Region).EnabledRegionNamesAsync().GetAwaiter().GetResult();
        return SnapshotReader.ReadAsync(session, account, regions, TimeProvider.System).GetAwaiter().GetResult();
    }

    /// <summary>Runs an AWS-facing command body, turning "AWS could not be reached" into one line and exit 3.</summary>
    public static int Guard(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (NoCredentialsException e)
        {
            console.Error($"no AWS credentials: {e.Message}");
        }
        catch (AwsApiException e)
        {
            console.Error(e.Message);
        }
        catch (HttpRequestException e)
        {
            console.Error($"could not reach AWS: {e.Message}");
        }

        return ExitCodes.Unknown;
    }
}
