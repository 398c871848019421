using System.Text;

namespace TrailAlarm.Remediation.Export;

/// <summary>What a kind needs to render its Terraform blocks: the output, topic references, provider aliases, quoting.</summary>
public sealed class TerraformContext
{
    private readonly StringBuilder tf;
    private readonly Dictionary<string, string> createdTopics;

    internal TerraformContext(StringBuilder tf, Plan plan)
    {
        this.tf = tf;
        createdTopics = plan.Changes.Where(c => c.Kind == ResourceKinds.Topic && c.Action == ChangeAction.Create)
            .ToDictionary(c => c.Attribute(Attr.Arn), c => c.Address + ".arn");
    }

    /// <summary>A reference to the topic when this file creates it, else its ARN as a string.</summary>
    public string Topic(string arn) => createdTopics.TryGetValue(arn, out var reference) ? reference : Q(arn);

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

    public void Block(string type, string label, string region, params string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        tf.AppendLine($"resource \"{type}\" \"{label}\" {{");
        tf.AppendLine($"  provider = aws.{Alias(region)}");
        foreach (var line in lines)
        {
            tf.AppendLine("  " + line);
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

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Q)) + "]";

    /// <summary>An HCL string literal: quotes, backslashes and template markers escaped.</summary>
    public static string Q(string value) => "\"" + value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("${", "$${", StringComparison.Ordinal)
        .Replace("%{", "%%{", StringComparison.Ordinal) + "\"";
}
