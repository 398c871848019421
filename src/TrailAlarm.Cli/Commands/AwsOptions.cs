using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

/// <summary>The options shared by every command that talks to AWS.</summary>
internal sealed class AwsOptions
{
    public Option<string?> Profile { get; } = new("--profile") { Description = "AWS shared-config profile to use." };

    public Option<string?> Region { get; } = new("--region") { Description = "Home region for calls that need one (default: from the AWS chain)." };

    public Option<string?> Regions { get; } = new("--regions") { Description = "all, or a comma-separated list of regions (default: every enabled region)." };

    public Option<string?> EndpointUrl { get; } = new("--endpoint-url") { Description = "One endpoint for every service, e.g. a local emulator (also TRAILALARM_ENDPOINT_URL)." };

    public Option<string?> Accounts { get; } = new("--accounts") { Description = "all, or a comma-separated list of account ids (default: the caller's account)." };

    public Option<string?> RoleName { get; } = new("--role-name") { Description = "Role to assume in each account given by --accounts." };

    public Option<int> MaxConcurrency { get; } = new("--max-concurrency") { Description = "Most AWS calls in flight at once.", DefaultValueFactory = _ => 8 };

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Region);
        command.Options.Add(Regions);
        command.Options.Add(EndpointUrl);
        command.Options.Add(Accounts);
        command.Options.Add(RoleName);
        command.Options.Add(MaxConcurrency);
    }
}
