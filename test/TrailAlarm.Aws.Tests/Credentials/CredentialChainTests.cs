using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Credentials;

/// <summary>The standard chain as a user meets it: environment, profiles, assume-role, web identity, nothing at all.
/// Against this collection's own moto_server (the endpoint comes from AWS_ENDPOINT_URL, as a user would set it).</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CredentialChainTests : IDisposable
{
    private readonly MotoServer moto = new();

    public void Dispose() => moto.Dispose();

    [Fact]
    public async Task No_credentials_anywhere_says_so_and_how_to_provide_them()
    {
        using var _ = new EnvironmentScope();

        var error = await Assert.ThrowsAsync<NoCredentialsException>(() => AwsSession.CreateAsync(new AwsSettings { Region = "us-east-1" }));

        Assert.StartsWith("no AWS credentials found", error.Message);
        Assert.Contains("AWS_ACCESS_KEY_ID", error.Message);
        Assert.Contains("--profile", error.Message);
        Assert.DoesNotContain("V4a", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_profile_is_named_in_the_error()
    {
        using var _ = new EnvironmentScope();

        var error = await Assert.ThrowsAsync<NoCredentialsException>(() => AwsSession.CreateAsync(new AwsSettings { Profile = "nope", Region = "us-east-1" }));

        Assert.Contains("profile 'nope' is not in the AWS config or credentials file", error.Message);
    }

    [Fact]
    public async Task Environment_keys_and_aws_default_region_are_used()
    {
        var account = MotoServer.NewAccountId();
        using var _ = new EnvironmentScope(variables:
        [
            ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "secret"), ("AWS_DEFAULT_REGION", "eu-north-1"),
            ("AWS_ENDPOINT_URL", moto.Endpoint.ToString()),
        ]);

        using var session = await AwsSession.CreateAsync(new AwsSettings { ExtraHeaders = new Dictionary<string, string> { ["x-moto-account-id"] = account } });

        Assert.Equal("eu-north-1", session.Region);
        Assert.Equal("AWS_DEFAULT_REGION", session.RegionSource);
        Assert.Equal(account, (await session.Sts().GetCallerIdentityAsync()).Account);
        Assert.Empty(await session.CloudTrail().DescribeAllTrailsAsync());
    }

    [Fact]
    public async Task Trailalarm_endpoint_variable_points_every_client_at_the_emulator()
    {
        var account = MotoServer.NewAccountId();
        using var _ = new EnvironmentScope(variables:
        [
            ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "secret"), ("AWS_REGION", "us-west-2"),
            ("TRAILALARM_ENDPOINT_URL", moto.Endpoint.ToString()),
        ]);

        using var session = await AwsSession.CreateAsync(new AwsSettings { ExtraHeaders = new Dictionary<string, string> { ["x-moto-account-id"] = account } });
        await session.Sns().CreateTopicAsync(new() { Name = "via-env" });

        Assert.Equal($"arn:aws:sns:us-west-2:{account}:via-env", Assert.Single(await session.Sns().ListAllTopicsAsync()).TopicArn);
    }

    [Fact]
    public async Task Assume_role_profile_with_source_profile_acts_in_the_role_account_with_the_profile_region()
    {
        var target = MotoServer.NewAccountId();
        var config = $"""
            [profile base]
            region = us-east-1

            [profile audit]
            role_arn = arn:aws:iam::{target}:role/audit-role
            source_profile = base
            region = eu-west-2
            """;
        const string credentials = """
            [base]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = secret
            """;
        using var _ = new EnvironmentScope(config, credentials, ("AWS_ENDPOINT_URL", moto.Endpoint.ToString()));

        using var session = await AwsSession.CreateAsync(new AwsSettings { Profile = "audit" });
        var identity = await session.Sts().GetCallerIdentityAsync();

        Assert.Equal("eu-west-2", session.Region);
        Assert.Equal("profile", session.RegionSource);
        Assert.Equal(target, identity.Account);
        Assert.Contains("assumed-role/audit-role/", identity.Arn);
    }

    [Fact]
    public async Task Web_identity_token_file_and_role_arn_give_role_credentials()
    {
        var target = MotoServer.NewAccountId();
        using var scope = new EnvironmentScope();
        var token = scope.WriteFile("token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl");
        Environment.SetEnvironmentVariable("AWS_WEB_IDENTITY_TOKEN_FILE", token);
        Environment.SetEnvironmentVariable("AWS_ROLE_ARN", $"arn:aws:iam::{target}:role/ci-role");
        Environment.SetEnvironmentVariable("AWS_ROLE_SESSION_NAME", "ci");
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL", moto.Endpoint.ToString());
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");

        using var session = await AwsSession.CreateAsync(new AwsSettings());
        var identity = await session.Sts().GetCallerIdentityAsync();

        Assert.Equal(target, identity.Account);
    }
}
