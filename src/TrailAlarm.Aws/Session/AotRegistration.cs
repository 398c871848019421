using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.RuntimeDependencies;
using Amazon.SecurityToken;
using Amazon.SSO;
using Amazon.SSOOIDC;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws;

/// <summary>Under Native AOT the SDK cannot load the STS/SSO packages by reflection, so assume-role, web-identity and
/// SSO profiles would fail; register factories for them instead. Under JIT the SDK's own loading is used.</summary>
internal static class AotRegistration
{
    private static int registered;

    public static void EnsureRegistered(AwsSettings settings, string region)
    {
        if (RuntimeFeature.IsDynamicCodeSupported || Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        var registry = GlobalRuntimeDependencyRegistry.Instance;
        registry.RegisterSecurityTokenServiceClient(context =>
        {
            // The context carries no source credentials; web identity needs none (the call is unsigned).
            var stsRegion = context.SecurityTokenServiceClientContextData.Region?.SystemName ?? region;
            var config = new AmazonSecurityTokenServiceConfig();
            SdkSettings.Apply(config, stsRegion, settings);
            return new AmazonSecurityTokenServiceClient(SourceCredentials(settings) ?? new AnonymousAWSCredentials(), config);
        });
        registry.RegisterSSOClient(context => new AmazonSSOClient(
            new AnonymousAWSCredentials(), new AmazonSSOConfig { RegionEndpoint = context.SSOClientContextData.Region }));
        registry.RegisterSSOOIDCClient(context => new AmazonSSOOIDCClient(
            new AnonymousAWSCredentials(), new AmazonSSOOIDCConfig { RegionEndpoint = context.SSOOIDCClientContextData.Region }));
    }

    /// <summary>For a role_arn + source_profile profile: the source profile's credentials (one level).</summary>
    private static AWSCredentials? SourceCredentials(AwsSettings settings)
    {
        var chain = new CredentialProfileStoreChain();
        var name = settings.Profile ?? DefaultAWSCredentialsIdentityResolver.GetProfileName();
        if (!chain.TryGetProfile(name, out var profile) || profile.Options.SourceProfile is not { } source)
        {
            return null;
        }

        return chain.TryGetAWSCredentials(source, out var credentials) ? credentials : null;
    }
}
