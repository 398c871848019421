namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// The switches of the AWS rules for one account (tests isolate themselves by account). Every rule is on by
/// default and behaves as AWS documents; a test turns one down only where it tests something else.
/// </summary>
public sealed class AccountRules
{
    private int snsThrottles;

    /// <summary>How long a role created or changed by CreateRole / PutRolePolicy / AttachRolePolicy /
    /// UpdateAssumeRolePolicy is rejected by CloudTrail (AWS: seconds up to a minute; short in tests).</summary>
    public TimeSpan RolePropagationDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>email, email-json, http and https subscriptions stay pending until confirmed.</summary>
    public bool PendingConfirmation { get; set; } = true;

    /// <summary>The next <paramref name="calls"/> SNS calls are answered HTTP 429 Throttled.</summary>
    public void ThrottleSns(int calls) => Interlocked.Exchange(ref snsThrottles, calls);

    internal bool TakeSnsThrottle()
    {
        while (true)
        {
            var left = Volatile.Read(ref snsThrottles);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref snsThrottles, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
