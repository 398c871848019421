using TrailAlarm.Controls;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// An alarm topic encrypted with KMS delivers only when CloudWatch may use the key. On a customer managed key of the
/// account whose policy refuses CloudWatch, TrailAlarm's statement is merged into the key policy; an AWS managed
/// key can never let CloudWatch in, and another account's key is not ours to change: both are listed unplanned.
/// </summary>
internal static class TopicKeyPlanner
{
    private const string CloudWatch = "cloudwatch.amazonaws.com";

    private static readonly string[] KeyActions = ["kms:Decrypt", "kms:GenerateDataKey"];

    public static void Plan(AccountSnapshot snapshot, PlanBuilder plan, string controlId, SnsTopic topic)
    {
        if (topic.KmsMasterKeyId is not { Length: > 0 } keyId)
        {
            return;
        }

        var key = snapshot.KmsKeys.FirstOrDefault(k => k.Region == topic.Region && (k.KeyId == keyId || k.Arn == keyId));
        if (KeyAccess.IsAwsManagedAlias(keyId) || key?.AwsManaged == true)
        {
            plan.Unplanned(controlId, $"topic {topic.Arn} is encrypted with the AWS managed key {keyId}, whose key policy cannot let CloudWatch use it",
                "a customer managed key on the topic (aws sns set-topic-attributes --attribute-name KmsMasterKeyId), then plan again; or --topic-arn for another topic");
            return;
        }

        if (key?.Arn is not { } keyArn || key.Policy is not { } policy || (key.KeyState is { } state && state != "Enabled"))
        {
            plan.Note($"{controlId}: KMS key {keyId} of topic {topic.Arn} could not be read or is not enabled, so its key policy is left as it is (the audit says why)");
            return;
        }

        if (PolicyGrants.Allows(policy, CloudWatch, KeyActions) != false)
        {
            return;
        }

        if (!ArnParts.TryParse(keyArn, out var parts) || parts.Account != snapshot.Account)
        {
            plan.Unplanned(controlId, $"KMS key {keyArn} of topic {topic.Arn} belongs to another account and does not let CloudWatch use it",
                $"statement {KeyPolicySpec.StatementId} (cloudwatch.amazonaws.com: kms:Decrypt, kms:GenerateDataKey*) added to its key policy by its owner");
            return;
        }

        var address = ResourceKinds.Address(ResourceKinds.KeyPolicy, keyArn[(keyArn.LastIndexOf('/') + 1)..]);
        if (plan.Has(address))
        {
            return;
        }

        plan.Add(new Change
        {
            Action = ChangeAction.Update,
            Address = address,
            Kind = ResourceKinds.KeyPolicy,
            Region = topic.Region,
            Before = new Dictionary<string, string> { [Attr.Region] = topic.Region, [Attr.KeyArn] = keyArn, [Attr.Policy] = PolicyStatements.Canonical(policy) },
            After = new Dictionary<string, string>
            {
                [Attr.Region] = topic.Region, [Attr.KeyArn] = keyArn, [Attr.StatementId] = KeyPolicySpec.StatementId, [Attr.Policy] = KeyPolicySpec.Merge(policy, keyArn),
            },
            Because = [controlId],
        });
    }
}
