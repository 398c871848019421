namespace TrailAlarm.Aws;

/// <summary>How to reach AWS: which profile, region and endpoint, how many calls at once, and how hard to retry.</summary>
public sealed record AwsSettings
{
    /// <summary>Our own endpoint override variable, checked before AWS_ENDPOINT_URL (which the SDK reads itself).</summary>
    public const string EndpointVariable = "TRAILALARM_ENDPOINT_URL";

    /// <summary>Shared-config profile; null means the standard chain (AWS_PROFILE, environment, SSO, web identity, IMDS...).</summary>
    public string? Profile { get; init; }

    /// <summary>Home region; null means --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region, then us-east-1.</summary>
    public string? Region { get; init; }

    /// <summary>One endpoint for every service (an emulator); null means TRAILALARM_ENDPOINT_URL, then the SDK's own
    /// AWS_ENDPOINT_URL_&lt;SERVICE&gt; / AWS_ENDPOINT_URL / profile endpoint_url, then the real AWS endpoints.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Explicit keys instead of the chain (tests, assumed-role sessions).</summary>
    public AwsKeys? Credentials { get; init; }

    /// <summary>Headers added to every request. For tests against an emulator (x-moto-account-id); AWS ignores them.
    /// Not inherited by sessions made with <see cref="AwsSession.AssumeRoleAsync"/>.</summary>
    public IReadOnlyDictionary<string, string> ExtraHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Told (signing name, operation) before every AWS call, e.g. ("monitoring", "PutMetricAlarm"): the
    /// permissions tests derive the calls each use of the tool makes from it.</summary>
    public Action<string, string>? OnCall { get; init; }

    /// <summary>Most AWS calls in flight at once across the whole session.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Attempts per call, the first included (retries on throttling, 5xx and dropped connections).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Longest wait for a single HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Bound on one call's total time, retries and back-off included.</summary>
    public TimeSpan MaxCallTime { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The endpoint override in force: <see cref="EndpointUrl"/>, else TRAILALARM_ENDPOINT_URL.</summary>
    public Uri? ResolvedEndpointUrl()
    {
        if (EndpointUrl is not null)
        {
            return EndpointUrl;
        }

        var fromEnv = Environment.GetEnvironmentVariable(EndpointVariable);
        return string.IsNullOrWhiteSpace(fromEnv) ? null : ParseEndpoint(fromEnv, EndpointVariable);
    }

    /// <summary>Parses an endpoint URL, saying where it came from when it is malformed.</summary>
    public static Uri ParseEndpoint(string text, string source)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new ArgumentException($"{source}: '{text}' is not an http(s) URL", nameof(text));
    }
}

/// <summary>An access key pair, with the session token for temporary credentials.</summary>
public sealed record AwsKeys(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    public override string ToString() => $"AwsKeys {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, SessionToken = {(SessionToken is null ? "none" : "***")} }}";
}
