using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Sts;

public sealed record CallerIdentity(string Account, string Arn, string UserId);

public sealed record AssumedRole(AwsKeys Keys, DateTimeOffset? Expiration, string? AssumedRoleArn);

/// <summary>AWS STS through the official AWSSDK.SecurityToken client, with our settings and error model.</summary>
public sealed class StsClient : IDisposable
{
    private readonly StsSdkClient client;
    private readonly CallContext context;
    private readonly Action<string>? onCallerArn;

    internal StsClient(AWSCredentials credentials, string region, CallContext context, Action<string>? onCallerArn = null)
    {
        this.onCallerArn = onCallerArn;
        var config = new AmazonSecurityTokenServiceConfig();
        SdkSettings.Apply(config, region, context.Settings);
        client = new StsSdkClient(credentials, config);
        Headers.Attach(client, context.Settings);
        Region = region;
        this.context = context;
    }

    public string Region { get; }

    public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default)
        => context.RunAsync("sts", "GetCallerIdentity", Region, async ct =>
        {
            var response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct).ConfigureAwait(false);
            onCallerArn?.Invoke(response.Arn);
            return new CallerIdentity(response.Account, response.Arn, response.UserId);
        }, cancellationToken);

    public Task<AssumedRole> AssumeRoleAsync(string roleArn, string sessionName, string? externalId = null, CancellationToken cancellationToken = default)
        => context.RunAsync("sts", "AssumeRole", Region, async ct =>
        {
            var request = new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = sessionName, ExternalId = externalId, DurationSeconds = 3600 };
            var response = await client.AssumeRoleAsync(request, ct).ConfigureAwait(false);
            var c = response.Credentials;
            DateTimeOffset? expiration = c.Expiration is { } e ? new DateTimeOffset(DateTime.SpecifyKind(e, DateTimeKind.Utc)) : null;
            return new AssumedRole(new AwsKeys(c.AccessKeyId, c.SecretAccessKey, c.SessionToken), expiration, response.AssumedRoleUser?.Arn);
        }, cancellationToken);

    public void Dispose() => client.Dispose();
}
