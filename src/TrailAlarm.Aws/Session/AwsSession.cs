using System.Collections.Concurrent;
using Amazon.Runtime;
using TrailAlarm.Aws.Athena;
using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.Aws.CloudWatch;
using TrailAlarm.Aws.Config;
using TrailAlarm.Aws.Ec2;
using TrailAlarm.Aws.Events;
using TrailAlarm.Aws.Iam;
using TrailAlarm.Aws.Kms;
using TrailAlarm.Aws.Logs;
using TrailAlarm.Aws.Organizations;
using TrailAlarm.Aws.Protocol;
using TrailAlarm.Aws.S3;
using TrailAlarm.Aws.Sns;
using TrailAlarm.Aws.Sts;

namespace TrailAlarm.Aws;

/// <summary>Resolved credentials and home region, handing out one typed client per service and region.
/// Thread-safe; clients are cached and disposed with the session.</summary>
public sealed class AwsSession : IDisposable
{
    private readonly ConcurrentDictionary<(string Service, string Region), IDisposable> clients = new();
    private readonly AWSCredentials credentials;
    private readonly CallContext context;
    private volatile AwsPartition? callerPartition;

    private AwsSession(AwsSettings settings, AWSCredentials credentials, string region, string regionSource, CallContext context)
    {
        Settings = settings;
        this.credentials = credentials;
        Region = region;
        RegionSource = regionSource;
        this.context = context;
    }

    public AwsSettings Settings { get; }

    /// <summary>The home region: where region-less calls go.</summary>
    public string Region { get; }

    /// <summary>Where the home region came from: --region, AWS_REGION, AWS_DEFAULT_REGION, profile, default.</summary>
    public string RegionSource { get; }

    /// <summary>The caller's partition: from its ARN once sts:GetCallerIdentity has answered, else from the home
    /// region (a region alone can mislead: an aws-iso-b caller may name any region in a profile).</summary>
    public AwsPartition Partition => callerPartition ?? AwsPartition.ForRegion(Region);

    /// <summary>Resolves credentials (fetching them once, so a missing or broken source fails here with a clear
    /// message) and the home region.</summary>
    /// <exception cref="NoCredentialsException">nothing in the chain gave credentials.</exception>
    /// <exception cref="AwsApiException">a role could not be assumed.</exception>
    /// <exception cref="ArgumentException">a region or endpoint setting is malformed.</exception>
    public static async Task<AwsSession> CreateAsync(AwsSettings settings, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _ = settings.ResolvedEndpointUrl(); // a malformed TRAILALARM_ENDPOINT_URL fails here, naming the variable
        var (region, source) = RegionResolver.Resolve(settings);
        var credentials = CredentialResolver.Resolve(settings, region);
        await CredentialResolver.CheckAsync(credentials, region, cancellationToken).ConfigureAwait(false);
        return new AwsSession(settings, credentials, region, source, new CallContext(settings, time ?? TimeProvider.System));
    }

    /// <summary>A session in another account through sts:AssumeRole on arn:{partition}:iam::{account}:role/{roleName}.
    /// The role is assumed again, through this session, when its keys are about to expire. The settings' extra
    /// headers are not carried over (they describe this session's caller).</summary>
    public async Task<AwsSession> AssumeRoleAsync(string accountId, string roleName, string sessionName = "trailalarm", CancellationToken cancellationToken = default)
    {
        var sts = Sts();
        var roleArn = Partition.RoleArn(accountId, roleName);
        var role = await sts.AssumeRoleAsync(roleArn, sessionName, null, cancellationToken).ConfigureAwait(false);
        var assumedSettings = Settings with { Credentials = role.Keys, Profile = null, Region = Region, ExtraHeaders = new Dictionary<string, string>() };
        var assumedCredentials = new AssumedRoleCredentials(role, ct => sts.AssumeRoleAsync(roleArn, sessionName, null, ct), context.Time);
        return new AwsSession(assumedSettings, assumedCredentials, Region, RegionSource, context.With(assumedSettings));
    }

    public CloudTrailClient CloudTrail(string? region = null) => Get(ServiceDef.CloudTrail, region, (c, ctx) => new CloudTrailClient(c, ctx));

    public LogsClient Logs(string? region = null) => Get(ServiceDef.Logs, region, (c, ctx) => new LogsClient(c, ctx));

    public CloudWatchClient CloudWatch(string? region = null) => Get(ServiceDef.CloudWatch, region, (c, ctx) => new CloudWatchClient(c, ctx));

    public SnsClient Sns(string? region = null) => Get(ServiceDef.Sns, region, (c, ctx) => new SnsClient(c, ctx));

    public ConfigClient Config(string? region = null) => Get(ServiceDef.Config, region, (c, ctx) => new ConfigClient(c, ctx));

    public EventsClient Events(string? region = null) => Get(ServiceDef.Events, region, (c, ctx) => new EventsClient(c, ctx));

    public KmsClient Kms(string? region = null) => Get(ServiceDef.Kms, region, (c, ctx) => new KmsClient(c, ctx));

    public Ec2Client Ec2(string? region = null) => Get(ServiceDef.Ec2, region, (c, ctx) => new Ec2Client(c, ctx));

    public AthenaClient Athena(string? region = null) => Get(ServiceDef.Athena, region, (c, ctx) => new AthenaClient(c, ctx));

    /// <summary>Organizations is global: the client signs for the partition's global region.</summary>
    public OrganizationsClient Organizations() => Get(ServiceDef.Organizations, null, (c, ctx) => new OrganizationsClient(c, ctx));

    /// <summary>IAM is global: the client signs for the partition's global region.</summary>
    public IamClient Iam() => Get(ServiceDef.Iam, null, (c, ctx) => new IamClient(c, ctx));

    public S3Client S3(string? region = null)
    {
        var target = RegionResolver.Validate(region ?? Region, "region");
        return (S3Client)clients.GetOrAdd(("s3", target), _ => new S3Client(credentials, target, context));
    }

    public StsClient Sts() => (StsClient)clients.GetOrAdd(("sts", Region), _ => new StsClient(credentials, Region, context, arn => callerPartition = AwsPartition.ForArn(arn) ?? callerPartition));

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        clients.Clear();
        (credentials as IDisposable)?.Dispose();
        context.Dispose();
    }

    private T Get<T>(ServiceDef def, string? region, Func<ProtocolClient, CallContext, T> create)
        where T : IDisposable
    {
        var target = def.Global ? Partition.GlobalRegion : RegionResolver.Validate(region ?? Region, "region");
        return (T)clients.GetOrAdd((def.ServiceId, target), _ => create(new ProtocolClient(credentials, new ServiceConfig(def, target, Settings)), context));
    }
}
