using System.Collections.Concurrent;
using System.Diagnostics;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// IAM is eventually consistent: a role just created or changed is not yet usable by other services
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
/// CloudTrail checks the role it is given to deliver to CloudWatch Logs and refuses one it cannot use yet, or one
/// that does not exist, with InvalidCloudWatchLogsRoleArnException (botocore cloudtrail 2013-11-01 CreateTrail /
/// UpdateTrail errors; https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html).
/// moto accepts any role ARN at once. The delay is <see cref="AccountRules.RolePropagationDelay"/>.
/// </summary>
internal sealed class RolePropagation(AwsRulesProxy proxy) : IAwsRule
{
    private static readonly HashSet<string> RoleChanges = new(StringComparer.Ordinal)
    {
        "CreateRole", "PutRolePolicy", "AttachRolePolicy", "UpdateAssumeRolePolicy",
    };

    private readonly ConcurrentDictionary<string, long> changedAt = new();

    public async Task<AwsReply> HandleAsync(AwsCall call, NextRule next)
    {
        if (call.Service == "iam" && RoleChanges.Contains(call.Operation))
        {
            var reply = await next(call);
            if (reply.IsSuccess && call.Param("RoleName") is { } changed)
            {
                changedAt[Key(call.Account, changed)] = Stopwatch.GetTimestamp();
            }

            return reply;
        }

        if (call.Service == "cloudtrail" && call.Operation is "CreateTrail" or "UpdateTrail"
            && call.Json["CloudWatchLogsRoleArn"]?.GetValue<string>() is { Length: > 0 } roleArn)
        {
            var role = roleArn[(roleArn.LastIndexOf('/') + 1)..];
            if (changedAt.TryGetValue(Key(call.Account, role), out var at)
                && Stopwatch.GetElapsedTime(at) < proxy.ForAccount(call.Account).RolePropagationDelay)
            {
                return Refused(call);
            }

            if (!await RoleExistsAsync(call, role, next))
            {
                return Refused(call);
            }
        }

        return await next(call);
    }

    internal static async Task<bool> RoleExistsAsync(AwsCall call, string role, NextRule next)
        => (await next(call.DeriveQuery("iam", "GetRole", "2010-05-08", ("RoleName", role)))).IsSuccess;

    private static AwsReply Refused(AwsCall call)
        => AwsReply.JsonError("InvalidCloudWatchLogsRoleArnException", "Access denied. Verify in IAM that the role has adequate permissions.");

    private static string Key(string account, string role) => account + "/" + role;
}
