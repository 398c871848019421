using System.Text.Json.Nodes;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

/// <summary>
/// An alarm topic encrypted with a KMS key delivers only when CloudWatch may use the key: plan merges TrailAlarm's
/// statement into the key policy of the account's own customer managed key, keeping every other statement, and lists
/// what it cannot fix (an AWS managed key, another account's key).
/// </summary>
public sealed class PlannerTopicKeyTests : IDisposable
{
    private const string Control = "cloudtrail-changes-monitored";
    private const string KeyArn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private const string AdminOnly = """{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"trailalarm-keyplan-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    private static Plan PlanFor(string keyId, string? policy = AdminOnly, bool awsManaged = false, string keyArn = KeyArn)
    {
        var snapshot = Accounts.TrailOnly() with
        {
            Topics = [Accounts.Topic() with { KmsMasterKeyId = keyId }],
            KmsKeys = [new KmsKey { KeyId = keyId, Region = Accounts.Region, Arn = keyArn, Policy = policy, AwsManaged = awsManaged, KeyState = "Enabled" }],
        };
        return Planner.Default().Plan(snapshot, new FixSettings { Controls = [Control], TopicArn = Accounts.TopicArn }, DateTimeOffset.UnixEpoch);
    }

    private static JsonArray Statements(string policy) => JsonNode.Parse(policy)!["Statement"]!.AsArray();

    [Fact]
    public void A_customer_managed_key_that_refuses_cloudwatch_gets_trailalarms_statement_and_keeps_the_administrators()
    {
        var plan = PlanFor(KeyArn);

        var change = Assert.Single(plan.Changes, c => c.Kind == ResourceKinds.KeyPolicy);
        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.Equal(KeyArn, change.After![Attr.KeyArn]);
        var statements = Statements(change.After[Attr.Policy]);
        Assert.Equal(["Enable IAM User Permissions", KeyPolicySpec.StatementId], statements.Select(s => (string?)s!["Sid"]));
        Assert.True(JsonNode.DeepEquals(Statements(AdminOnly)[0], statements[0]));
        Assert.Equal(["kms:Decrypt", "kms:GenerateDataKey*"], statements[1]!["Action"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(PolicyStatements.Canonical(AdminOnly), change.Before![Attr.Policy]);
        Assert.DoesNotContain(plan.Unplanned, u => u.Control == Control);
    }

    [Fact]
    public void A_key_that_already_lets_cloudwatch_in_is_left_alone()
    {
        var allowing = PolicyStatements.Merge(AdminOnly, new JsonObject
        {
            ["Sid"] = "theirs", ["Effect"] = "Allow", ["Principal"] = new JsonObject { ["Service"] = "cloudwatch.amazonaws.com" },
            ["Action"] = new JsonArray("kms:Decrypt", "kms:GenerateDataKey*"), ["Resource"] = "*",
        }, KeyArn);

        Assert.DoesNotContain(PlanFor(KeyArn, allowing).Changes, c => c.Kind == ResourceKinds.KeyPolicy);
    }

    [Fact]
    public void An_aws_managed_key_is_listed_unplanned_with_what_would_fix_it()
    {
        var plan = PlanFor("alias/aws/sns", policy: null, awsManaged: true);

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.KeyPolicy);
        var unplanned = Assert.Single(plan.Unplanned, u => u.Control == Control);
        Assert.Contains("AWS managed key alias/aws/sns", unplanned.Reason, StringComparison.Ordinal);
        Assert.Contains("customer managed key", unplanned.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_accounts_key_is_not_changed()
    {
        const string theirs = "arn:aws:kms:us-east-1:444455556666:key/5678";
        var plan = PlanFor(theirs, keyArn: theirs);

        Assert.DoesNotContain(plan.Changes, c => c.Kind == ResourceKinds.KeyPolicy);
        Assert.Contains("belongs to another account", Assert.Single(plan.Unplanned, u => u.Control == Control).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_key_policy_change_loads_and_one_that_drops_the_administrators_is_refused()
    {
        PlanFile.Save(path, PlanFor(KeyArn));
        Assert.Contains(PlanFile.Load(path).Changes, c => c.Kind == ResourceKinds.KeyPolicy);

        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var change = json["changes"]!.AsArray().First(c => (string?)c!["kind"] == ResourceKinds.KeyPolicy.Id)!;
        change["after"]!["policy"] = PolicyStatements.Merge("""{"Version":"2012-10-17","Statement":[]}""", KeyPolicySpec.Statement(), KeyArn);
        File.WriteAllText(path, json.ToJsonString());

        var e = Assert.Throws<RemediationFileException>(() => PlanFile.Load(path));
        Assert.Contains($"after.policy is not the before policy with only statement {KeyPolicySpec.StatementId} added", e.Message, StringComparison.Ordinal);
    }
}
