using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace TrailAlarm.Aws.Protocol;

/// <summary>The SDK client configuration for one of our hand-written services, in one region. Setting ServiceId lets
/// the SDK apply AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_ENDPOINT_URL and the profile's endpoint settings.</summary>
internal sealed class ServiceConfig : ClientConfig
{
    private static readonly DefaultConfigurationProvider Defaults = new(
        Enum.GetValues<DefaultConfigurationMode>().Select(mode => new DefaultConfiguration
        {
            Name = mode,
            RetryMode = RequestRetryMode.Standard,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        }).ToList());

    public ServiceConfig(ServiceDef def, string region, AwsSettings settings)
        : base(Defaults)
    {
        Def = def;
        Region = region;
        ServiceId = def.ServiceId;
        AuthenticationServiceName = def.SigningName;
        EndpointProvider = new PartitionEndpointProvider(def);
        SdkSettings.Apply(this, region, settings);
    }

    public ServiceDef Def { get; }

    /// <summary>The region the client was made for (kept apart from RegionEndpoint, which a ServiceURL clears).</summary>
    public string Region { get; }

    public override string RegionEndpointServiceName => Def.EndpointPrefix;

    public override string ServiceVersion => Def.ApiVersion;

    public override string UserAgent => "trailalarm";

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
        => EndpointProvider.ResolveEndpoint(ConfigEndpointResolver.Parameters(this, parameters.AlternateEndpoint));
}

/// <summary>Applies our settings to any SDK client config, hand-written or official (S3, STS).</summary>
internal static class SdkSettings
{
    public static void Apply(ClientConfig config, string region, AwsSettings settings)
    {
        config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        if (settings.Profile is { } profile)
        {
            config.Profile = new Profile(profile);
        }

        if (settings.ResolvedEndpointUrl() is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = region;
        }

        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = Math.Max(0, settings.MaxAttempts - 1);
        config.Timeout = settings.AttemptTimeout;
        config.ResignRetries = true; // a retry after a long back-off must not reuse a stale signature
    }
}
