using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

/// <summary>Sessions pointed at the test moto_server, each in its own fresh account.</summary>
public static class MotoAws
{
    public static readonly AwsKeys TestKeys = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    public static AwsSettings Settings(Uri endpoint, string accountId, string region = "us-east-1") => new()
    {
        EndpointUrl = endpoint,
        Region = region,
        Credentials = TestKeys,
        ExtraHeaders = new Dictionary<string, string> { ["x-moto-account-id"] = accountId },
        MaxAttempts = 3,
        MaxCallTime = TimeSpan.FromSeconds(60),
    };

    /// <summary>A session in a brand-new account (returned in <paramref name="accountId"/>).</summary>
    public static Task<AwsSession> NewAccountAsync(MotoServer moto, out string accountId, string region = "us-east-1")
    {
        accountId = MotoServer.NewAccountId();
        return AwsSession.CreateAsync(Settings(moto.Endpoint, accountId, region));
    }

    /// <summary>
    /// A session in <paramref name="accountId"/> behind the AWS-rules proxy, with role propagation and pending confirmation
    /// switched off (for tests of other behaviour that AWS shares with moto once those settle).
    /// </summary>
    public static Task<AwsSession> BehindRulesAsync(MotoServer moto, string accountId, string region = "us-east-1")
    {
        var rules = moto.Rules.ForAccount(accountId);
        rules.RolePropagationDelay = TimeSpan.Zero;
        rules.PendingConfirmation = false;
        return AwsSession.CreateAsync(Settings(moto.RulesEndpoint, accountId, region));
    }

    public static Task<AwsSession> NewAccountAsync(MotoServer moto, string region = "us-east-1")
        => NewAccountAsync(moto, out _, region);
}
