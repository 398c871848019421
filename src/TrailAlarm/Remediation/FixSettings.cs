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
        return new Subscriber(protocol, protocol == "https" ? "https:" + endpoint : endpoint);
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

    public bool FixConfigRecorder { get; init; }

    /// <summary>The S3 bucket for the delivery channel a new Config recorder needs before it can start.</summary>
    public string? ConfigBucket { get; init; }

    /// <summary>The controls to fix; empty means every control in the catalogue.</summary>
    public IReadOnlyList<string> Controls { get; init; } = [];
}
