using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// May a service use a KMS key to encrypt what it sends (a topic's messages for CloudWatch, a queue's for SNS)?
/// It needs kms:Decrypt and kms:GenerateDataKey* in the key policy. An AWS-managed key (alias/aws/…) can never be
/// opened to another service: its policy only lets the owning service act for principals of the account.
/// </summary>
internal static class KeyAccess
{
    private static readonly string[] Actions = ["kms:Decrypt", "kms:GenerateDataKey"];

    /// <param name="what">What the key encrypts, as the detail names it ("topic X", "queue Y").</param>
    public static (Status Status, string Detail) Judge(string keyId, string region, string service, string what, AccountSnapshot snapshot)
    {
        var key = snapshot.KmsKeys.FirstOrDefault(k => k.Region == region && (k.KeyId == keyId || k.Arn == keyId));
        if (IsAwsManagedAlias(keyId) || key?.AwsManaged == true)
        {
            return (Status.Fail, $"{what} is encrypted with the AWS managed key {keyId}, whose key policy cannot let {service} use it, so nothing is delivered; encrypt it with a customer managed key that allows {service} kms:Decrypt and kms:GenerateDataKey*");
        }

        if (key is null)
        {
            var gap = snapshot.FindGap(Calls.DescribeKey, region, keyId);
            return gap?.ErrorCode == "NotFoundException"
                ? (Status.Fail, $"{what} is encrypted with KMS key {keyId}, which does not exist, so nothing can be encrypted for it")
                : (Status.Unknown, $"could not read KMS key {keyId} of {what}: {gap?.ToString() ?? $"{Calls.DescribeKey} was not called"}");
        }

        if (key.KeyState is { } state && state != "Enabled")
        {
            return (Status.Fail, $"KMS key {keyId} of {what} is {state}, so {service} cannot encrypt with it");
        }

        switch (PolicyGrants.Allows(key.Policy, service, Actions))
        {
            case null:
                var gap = snapshot.FindGap(Calls.GetKeyPolicy, region, keyId);
                return (Status.Unknown, $"could not read the key policy of KMS key {keyId} ({what}): {gap?.ToString() ?? $"{Calls.GetKeyPolicy} was not called"}");
            case false:
                return (Status.Fail, $"the key policy of KMS key {keyId} ({what}) does not let {service} use kms:Decrypt and kms:GenerateDataKey*, so nothing is delivered");
            default:
                return (Status.Pass, $"KMS key {keyId} lets {service} use kms:Decrypt and kms:GenerateDataKey*");
        }
    }

    /// <summary>Aliases beginning "alias/aws/" are reserved for AWS managed keys.</summary>
    public static bool IsAwsManagedAlias(string keyId)
        => keyId.StartsWith("alias/aws/", StringComparison.Ordinal) || keyId.Contains(":alias/aws/", StringComparison.Ordinal);
}
