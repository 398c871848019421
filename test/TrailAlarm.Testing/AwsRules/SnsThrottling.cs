using System.Net;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// SNS answers a call over its account's rate with HTTP 429 and code Throttled (botocore sns 2010-03-31
/// ThrottledException: error code "Throttled", httpStatusCode 429, senderFault; quotas:
/// https://docs.aws.amazon.com/general/latest/gr/sns.html). moto never throttles; a test injects it with
/// <see cref="AccountRules.ThrottleSns"/>.
/// </summary>
internal sealed class SnsThrottling(AwsRulesProxy proxy) : IAwsRule
{
    public Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
        => call.Service == "sns" && proxy.ForAccount(call.Account).TakeSnsThrottle()
            ? Task.FromResult(AwsReply.XmlError("Throttled", "Rate exceeded", (HttpStatusCode)429))
            : next(call);
}
