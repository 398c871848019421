using TrailAlarm.Controls;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// May CloudWatch Logs encrypt the log group --integrate-trail creates with the --log-kms-key key? Only with a key of
/// the log group's region whose key policy lets logs.REGION.amazonaws.com use it; CreateLogGroup fails otherwise.
/// </summary>
internal static class LogGroupKeyCheck
{
    /// <summary>Why the log group cannot be created encrypted with the key, or null when nothing known stands in the way.</summary>
    public static string? Problem(string keyArn, string region, AccountSnapshot snapshot)
    {
        if (!ArnParts.TryParse(keyArn, out var key) || key.Region != region)
        {
            return $"--log-kms-key {keyArn} is not in {region}, the trail's home region, and CloudWatch Logs encrypts a log group only with a key of its own region";
        }

        var known = snapshot.KmsKeys.FirstOrDefault(k => k.Region == region && (k.Arn == keyArn || k.KeyId == keyArn));
        var service = LogsPrincipal(region);
        return known switch
        {
            null when snapshot.FindGap(Calls.DescribeKey, region, keyArn)?.ErrorCode == "NotFoundException" => $"--log-kms-key {keyArn} does not exist",
            { AwsManaged: true } => $"--log-kms-key {keyArn} is an AWS managed key, whose key policy cannot let {service} use it",
            { KeyState: { } state } when state != "Enabled" => $"--log-kms-key {keyArn} is {state}, and CreateLogGroup refuses a key that is not enabled",
            _ when known?.Policy is { } policy && PolicyGrants.Allows(policy, service, KeyActions) == false
                => $"the key policy of --log-kms-key {keyArn} does not let {service} use {string.Join(", ", KeyActions)}, so CreateLogGroup would fail",
            _ => null,
        };
    }

    /// <summary>Said in the plan when the snapshot does not hold the key's policy, so nobody learns it only from a failed apply.</summary>
    public static string Note(string keyArn, string region)
        => $"log group encrypted with {keyArn}: its key policy must let {LogsPrincipal(region)} use kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey* and kms:Describe* (CloudWatch Logs user guide, \"Encrypt log data in CloudWatch Logs using AWS KMS\"), or CreateLogGroup fails";

    private static readonly string[] KeyActions = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"];

    private static string LogsPrincipal(string region) => $"logs.{region}.amazonaws.com";
}
