using TrailAlarm.Remediation.Kinds;

namespace TrailAlarm.Remediation;

/// <summary>A subscriber to add to the alarm topic: email, https, sqs or lambda, and where.</summary>
public sealed record Subscriber(string Protocol, string Endpoint)
{
    private static readonly string[] Protocols = ["email", "https", "sqs", "lambda"];

    /// <summary>Parses email:ADDR, https:URL, sqs:ARN or lambda:ARN; the error names the bad text.</summary>
    public static Subscriber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var protocol = colon > 0 ? text[..colon].ToLowerInvariant() : "";
        if (!Protocols.Contains(protocol) || colon == text.Length - 1)
        {
            throw new FormatException($"--subscribe '{text}': expected email:ADDR, https:URL, sqs:ARN or lambda:ARN");
        }

        var endpoint = text[(colon + 1)..];
        var subscriber = new Subscriber(protocol, protocol == "https" ? "https:" + endpoint : endpoint);
        if (Problem(subscriber.Protocol, subscriber.Endpoint) is { } problem)
        {
            throw new FormatException($"--subscribe '{text}': {problem}");
        }

        return subscriber;
    }

    /// <summary>What is wrong with this endpoint for this protocol, or null when SNS could accept it.</summary>
    public static string? Problem(string protocol, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return protocol switch
        {
            "email" => IsEmail(endpoint) ? null : $"'{endpoint}' is not an email address (name@domain)",
            "https" => Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && !endpoint.Any(char.IsWhiteSpace)
                ? null
                : $"'{endpoint}' is not an https URL (https://host/path)",
            "sqs" => IsArn(endpoint, "sqs", 6) ? null : $"'{endpoint}' is not an SQS queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME)",
            "lambda" => IsArn(endpoint, "lambda", 7) && endpoint.Split(':')[5] == "function" ? null : $"'{endpoint}' is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)",
            _ => $"protocol '{protocol}' is not one of email, https, sqs, lambda",
        };
    }

    private static bool IsEmail(string text)
    {
        var at = text.LastIndexOf('@');
        return at > 0 && text.IndexOf('@', StringComparison.Ordinal) == at && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.')
            && text.Length <= 320 && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>');
    }

    private static bool IsArn(string text, string service, int parts)
    {
        var p = text.Split(':');
        return (p.Length == parts || (service == "lambda" && p.Length == parts + 1)) && p[0] == "arn" && p[1].StartsWith("aws", StringComparison.Ordinal)
            && p[2] == service && p[3].Length > 0 && p[4].Length == 12 && p[4].All(char.IsAsciiDigit) && p[^1].Length > 0;
    }

    /// <summary>Email and https subscriptions wait for the endpoint to confirm them.</summary>
    public bool NeedsConfirmation => Protocol is "email" or "https";
}

/// <summary>The fix options of plan, apply --auto-approve and export (cli.md).</summary>
public sealed record FixSettings
{
    public const string DefaultTopicName = "trailalarm-alarms";

    public const string DefaultNamespace = "CISBenchmark";

    public IReadOnlyList<Subscriber> Subscribers { get; init; } = [];

    public string TopicName { get; init; } = DefaultTopicName;

    /// <summary>Reuse this topic instead of finding or creating one.</summary>
    public string? TopicArn { get; init; }

    /// <summary>Alarm names by control id; a control absent here gets its catalogue default.</summary>
    public IReadOnlyDictionary<string, string> AlarmNames { get; init; } = new Dictionary<string, string>();

    public string Namespace { get; init; } = DefaultNamespace;

    public bool IntegrateTrail { get; init; }

    /// <summary>Retention of the log group --integrate-trail creates, in days; null keeps its events forever.</summary>
    public int? LogRetentionDays { get; init; } = LogGroupSpec.DefaultRetentionDays;

    /// <summary>The KMS key (ARN) that encrypts the log group --integrate-trail creates; null leaves it unencrypted by a customer key.</summary>
    public string? LogKmsKey { get; init; }

    public bool FixConfigRecorder { get; init; }

    /// <summary>The S3 bucket for the delivery channel a new Config recorder needs before it can start.</summary>
    public string? ConfigBucket { get; init; }

    /// <summary>Create the delivery channel's bucket when it does not exist (--create-config-bucket).</summary>
    public bool CreateConfigBucket { get; init; }

    /// <summary>
    /// The delivery channel's bucket: --config-bucket, else with --create-config-bucket config-bucket-ACCOUNT-REGION,
    /// REGION being the first (alphabetically) region a recorder is fixed in, where the bucket is created.
    /// </summary>
    public string? ConfigBucketFor(string account, string? firstRegion)
        => ConfigBucket ?? (CreateConfigBucket && firstRegion is not null ? $"config-bucket-{account}-{firstRegion}" : null);

    /// <summary>
    /// Build each control's high-risk-only filter (its catalogue <c>highRisk</c> pattern) instead of the benchmark's,
    /// and accept such filters already in place. Controls without a variant get the benchmark's pattern.
    /// </summary>
    public bool HighRiskOnly { get; init; }

    /// <summary>The controls to fix; empty means every control in the catalogue.</summary>
    public IReadOnlyList<string> Controls { get; init; } = [];
}
