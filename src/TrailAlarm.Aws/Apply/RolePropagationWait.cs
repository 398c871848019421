namespace TrailAlarm.Aws.Apply;

/// <summary>
/// IAM is eventually consistent: a role created or changed a moment ago can be refused by the service asked to assume
/// it, for seconds up to about a minute (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
/// A write refused that way is retried with growing pauses until <see cref="Limit"/> has passed; any other error,
/// and the same error after the limit, goes to the caller unchanged.
/// </summary>
public sealed record RolePropagationWait(TimeSpan Limit, TimeSpan FirstPause, TimeSpan LongestPause)
{
    /// <summary>Propagation usually takes seconds; a minute and a half covers the slow cases without hiding a role that is really wrong for long.</summary>
    public static readonly RolePropagationWait Default = new(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

    /// <summary>The codes with which AWS refuses a role it cannot assume yet (botocore: cloudtrail UpdateTrail/CreateTrail, config PutConfigurationRecorder).</summary>
    private static readonly HashSet<string> NotYetUsable = new(StringComparer.Ordinal)
    {
        "InvalidCloudWatchLogsRoleArnException",
        "InvalidRoleException",
    };

    public static bool IsRefusedRole(AwsApiException e) => NotYetUsable.Contains(e.Code);

    /// <summary>The pause before attempt <paramref name="retry"/> (1-based): doubling from the first, never beyond the longest.</summary>
    public TimeSpan PauseBefore(int retry)
    {
        var pause = FirstPause * Math.Pow(2, Math.Min(retry - 1, 20));
        return pause < LongestPause ? pause : LongestPause;
    }
}
