using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation;

/// <summary>
/// One kind of resource a plan touches: its name in plan and journal files, its Terraform type, and how each export
/// renders a change of it. The AWS side (reading, writing, undoing) lives in TrailAlarm.Aws/Apply/Kinds.
/// </summary>
[JsonConverter(typeof(ResourceKindJsonConverter))]
public abstract class ResourceKind
{
    /// <summary>The id plan and journal files use ("sns-topic").</summary>
    public abstract string Id { get; }

    /// <summary>The Terraform resource type (addresses and the Terraform export use it).</summary>
    public abstract string TerraformType { get; }

    /// <summary>The CloudFormation resource for the change, or null when a template cannot express it.</summary>
    public abstract JsonObject? CloudFormation(Change change, CloudFormationContext cfn);

    /// <summary>Further template resources the change needs (a bucket's policy), by logical id.</summary>
    public virtual IEnumerable<KeyValuePair<string, JsonObject>> CloudFormationCompanions(Change change, CloudFormationContext cfn) => [];

    /// <summary>Why <see cref="CloudFormation"/> left the change out of the template.</summary>
    public virtual string NotInTemplateBecause(Change change)
        => "changes a resource that exists outside this stack; use 'trailalarm apply' or the CLI export";

    public abstract void Terraform(Change change, TerraformContext tf);

    public abstract void Cli(Change change, CliScript sh);

    public override string ToString() => Id;
}
