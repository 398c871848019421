using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation;

/// <summary>
/// Adds (never replaces) the statement that lets CloudWatch alarms publish to the topic: every statement already in
/// the policy is kept as it is; a statement with our Sid is replaced only by itself.
/// </summary>
public static class TopicPolicyMerge
{
    public const string StatementId = "TrailAlarmCloudWatchPublish";

    public static JsonObject Statement(string topicArn, string account) => new()
    {
        ["Sid"] = StatementId,
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = "cloudwatch.amazonaws.com" },
        ["Action"] = "sns:Publish",
        ["Resource"] = topicArn,
        ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["AWS:SourceAccount"] = account } },
    };

    /// <summary>The policy with our statement merged in; an empty or missing policy becomes a new one.</summary>
    /// <exception cref="FormatException">the existing policy is not a JSON object.</exception>
    public static string Merge(string? policy, string topicArn, string account) => PolicyStatements.Merge(policy, Statement(topicArn, account), topicArn);

    /// <summary>Does the policy hold our statement?</summary>
    public static bool HasStatement(string? policy) => PolicyStatements.Has(policy, StatementId);

    /// <summary>Does the policy hold our statement exactly as <see cref="Statement"/> writes it?</summary>
    public static bool HasOwnStatement(string? policy, string topicArn, string account) => PolicyStatements.HasExactly(policy, Statement(topicArn, account));

    /// <summary>The policy with our statement taken out and every other statement kept as it is.</summary>
    public static string Without(string? policy) => PolicyStatements.Without(policy, StatementId);

    /// <summary>The policy as compact JSON, so texts that differ only in layout compare equal.</summary>
    public static string Canonical(string? policy) => PolicyStatements.Canonical(policy);
}
