using System.Text;

namespace TrailAlarm.Remediation.Export;

/// <summary>
/// What a kind needs to render its Terraform blocks: references to the resources the same file holds (so Terraform
/// orders the calls and no name is repeated), provider aliases, quoting.
/// </summary>
public sealed class TerraformContext
{
    private readonly StringBuilder tf;
    private readonly PlanReferences plan;

    internal TerraformContext(StringBuilder tf, Plan plan)
    {
        this.tf = tf;
        this.plan = new PlanReferences(plan);
    }

    /// <summary>A reference to the topic when this file creates it, else its ARN as a string.</summary>
    public string Topic(string arn) => plan.Topic(arn) is { Action: ChangeAction.Create } topic ? topic.Address + ".arn" : Q(arn);

    /// <summary>A reference to the log group when this file creates it, else its name as a string.</summary>
    public string LogGroupName(string region, string name) => plan.LogGroup(region, name) is { Action: ChangeAction.Create } group ? group.Address + ".name" : Q(name);

    /// <summary>A reference to the recorder when this file creates it, else its name as a string.</summary>
    public string RecorderName(string region, string name) => CreatedRecorder(region) is { } recorder && plan.Recorder(region)!.Attribute(Attr.Name) == name ? recorder + ".name" : Q(name);

    /// <summary>The filter (created or adopted here) that publishes an alarm's metric: the alarm names it only as a string.</summary>
    public string? FilterOf(string region, string metricNamespace, string metricName) => plan.FilterOf(region, metricNamespace, metricName)?.Address;

    /// <summary>The recorder this file creates in the region, if any (a recorder update is left as a comment).</summary>
    public string? CreatedRecorder(string region) => plan.Recorder(region) is { Action: ChangeAction.Create } recorder ? recorder.Address : null;

    public string? DeliveryChannel(string region) => plan.DeliveryChannel(region)?.Address;

    /// <summary>A reference to the service-linked role's ARN when this file creates it, else the ARN as a string.</summary>
    public string RoleArn(string arn) => plan.ServiceLinkedRole(arn) is { Action: ChangeAction.Create } role ? role.Address + ".arn" : Q(arn);

    public const string BucketPolicyType = "aws_s3_bucket_policy";

    /// <summary>A reference to the bucket when this file creates it, else its name as a string.</summary>
    public string Bucket(string name) => plan.ConfigBucket(name) is { Action: ChangeAction.Create } bucket ? bucket.Address + ".id" : Q(name);

    /// <summary>The policy of the bucket with this name when this file creates the bucket (AWS Config checks it when the channel is put).</summary>
    public string? CreatedBucketPolicy(string name)
        => plan.ConfigBucket(name) is { Action: ChangeAction.Create } bucket ? $"{BucketPolicyType}.{ExportNames.Label(bucket.Address)}" : null;

    public void Line(string line = "") => tf.AppendLine(line);

    /// <summary>An import block (Terraform 1.5+) that adopts the existing resource a change updates.</summary>
    public void ImportWhenUpdated(Change change, string id)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Action == ChangeAction.Update)
        {
            tf.AppendLine($"import {{\n  to = {change.Address}\n  id = {Q(id)}\n}}\n");
        }
    }

    /// <summary>resource "TYPE" "LABEL" with the region's provider, the body, and depends_on for the addresses given.</summary>
    public void Resource(string type, string label, string region, HclBody body, params string?[] dependsOn)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(dependsOn);
        var block = new HclBody().Set("provider", "aws." + Alias(region)).Blank();
        tf.AppendLine($"resource \"{type}\" \"{label}\" {{");
        block.WriteTo(tf, 1);
        body.WriteTo(tf, 1);
        if (dependsOn.OfType<string>().ToList() is { Count: > 0 } after)
        {
            new HclBody().Blank().Set("depends_on", "[" + string.Join(", ", after) + "]").WriteTo(tf, 1);
        }

        tf.AppendLine("}");
    }

    /// <summary>A change Terraform should not own here, left as a comment listing its settings.</summary>
    public void NotManaged(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        tf.AppendLine($"# {change.Address} ({change.Action.ToString().ToLowerInvariant()}) changes a resource Terraform does not manage here;");
        tf.AppendLine("# run 'trailalarm apply' or the CLI export for it:");
        foreach (var (key, value) in change.Attributes)
        {
            tf.AppendLine($"#   {key} = {Q(value)}");
        }
    }

    public static string Alias(string region) => region.Replace('-', '_');

    public static string Bool(bool value) => value ? "true" : "false";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Q)) + "]";

    /// <summary>An HCL string literal: quotes, backslashes and template markers escaped.</summary>
    public static string Q(string value) => "\"" + value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("${", "$${", StringComparison.Ordinal)
        .Replace("%{", "%%{", StringComparison.Ordinal) + "\"";
}
