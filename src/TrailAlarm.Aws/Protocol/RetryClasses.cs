using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace TrailAlarm.Aws.Protocol;

/// <summary>
/// The SDK's standard retry policy with AWS's own error classes: SNS answers throttling with HTTP 429 and code
/// Throttled (botocore sns 2010-03-31 ThrottledException), which the SDK does not retry; LimitExceededException is
/// a quota (CloudWatch Logs: 100 metric filters per log group; botocore logs 2014-03-28 LimitExceededException
/// "You have reached the maximum number of resources that can be created"), which the SDK retries as throttling.
/// </summary>
internal static class RetryClasses
{
    public static RetryPolicy Policy(IClientConfig config)
    {
        var policy = new StandardRetryPolicy(config);
        policy.ThrottlingErrorCodes.Remove("LimitExceededException");
        policy.ThrottlingErrorCodes.Add("Throttled");
        return policy;
    }
}
