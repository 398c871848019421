namespace TrailAlarm.Aws;

/// <summary>No AWS credentials could be found (or the chosen profile has none). The message says how to provide them.</summary>
public sealed class NoCredentialsException : Exception
{
    public const string HowToProvide =
        "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), "
        + "or name a profile with --profile / AWS_PROFILE (aws configure, aws sso login), "
        + "or run where a role is available (web identity, ECS task role, EC2 instance profile)";

    public NoCredentialsException()
        : this(null)
    {
    }

    public NoCredentialsException(string? detail)
        : base(Compose(detail))
    {
        Detail = detail;
    }

    public NoCredentialsException(string? detail, Exception innerException)
        : base(Compose(detail), innerException)
    {
        Detail = detail;
    }

    /// <summary>What was tried, e.g. "profile 'audit' not found"; null when nothing in the chain matched.</summary>
    public string? Detail { get; }

    private static string Compose(string? detail)
        => detail is null
            ? "no AWS credentials found: " + HowToProvide
            : $"no AWS credentials found ({detail}): " + HowToProvide;
}
