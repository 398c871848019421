using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.SecurityToken;

namespace TrailAlarm.Aws;

/// <summary>Explicit keys, a named profile, or the SDK's standard chain — turned into credentials that are checked
/// at once, so "no credentials" is said plainly instead of surfacing later as a confusing signing error.</summary>
internal static class CredentialResolver
{
    public static AWSCredentials Resolve(AwsSettings settings, string region)
    {
        if (settings.Credentials is { } keys)
        {
            return keys.SessionToken is null
                ? new BasicAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey)
                : new SessionAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey, keys.SessionToken);
        }

        AotRegistration.EnsureRegistered(settings, region);
        if (settings.Profile is { } profile)
        {
            var chain = new CredentialProfileStoreChain();
            if (!chain.TryGetProfile(profile, out _))
            {
                throw new NoCredentialsException($"profile '{profile}' is not in the AWS config or credentials file");
            }

            return chain.TryGetAWSCredentials(profile, out var fromProfile)
                ? fromProfile
                : throw new NoCredentialsException($"profile '{profile}' has no usable credentials");
        }

        var config = new AmazonSecurityTokenServiceConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region) };
        var standard = Task.Run<AWSCredentials?>(() =>
        {
            using var resolver = new DefaultAWSCredentialsIdentityResolver();
            return resolver.ResolveIdentity(config);
        });
        if (StuckOnSilentInstanceMetadata(standard))
        {
            throw new NoCredentialsException();
        }

        try
        {
            return standard.GetAwaiter().GetResult() ?? throw new NoCredentialsException();
        }
        catch (AmazonClientException e)
        {
            throw new NoCredentialsException(null, e);
        }
    }

    /// <summary>
    /// Keys and profiles resolve in milliseconds; a chain still busy after that is asking the instance-metadata
    /// endpoint, which outside AWS it would wait on for up to a minute. If the endpoint does not answer a quick probe,
    /// the chain is left behind (the process is about to say "no credentials" and exit).
    /// </summary>
    private static bool StuckOnSilentInstanceMetadata(Task<AWSCredentials?> chain)
    {
        if (InstanceMetadataProbe.Disabled || chain.Wait(TimeSpan.FromMilliseconds(300)))
        {
            return false;
        }

        var probe = InstanceMetadataProbe.AnswersAsync(InstanceMetadataProbe.Endpoint());
        var first = Task.WhenAny(chain, probe).GetAwaiter().GetResult();
        return first == probe && !probe.Result && !chain.IsCompleted;
    }

    /// <summary>Fetches the keys once (assume-role, web identity and SSO profiles call out here), mapping failures.</summary>
    public static async Task CheckAsync(AWSCredentials credentials, string region, CancellationToken cancellationToken)
    {
        try
        {
            var keys = await credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (keys is null || string.IsNullOrEmpty(keys.AccessKey))
            {
                throw new NoCredentialsException($"{credentials.GetType().Name} gave no access key");
            }
        }
        catch (AmazonServiceException e)
        {
            var status = (int)e.StatusCode;
            throw new AwsApiException("sts", "GetCredentials", region, e.ErrorCode ?? "Http" + status, e.Message, status, ErrorClassifier.Classify(e.ErrorCode ?? string.Empty, status), e.RequestId, e);
        }
        catch (AmazonClientException e)
        {
            throw new NoCredentialsException(e.Message, e);
        }
    }
}
