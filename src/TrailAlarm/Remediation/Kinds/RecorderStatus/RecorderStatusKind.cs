using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>Whether a Config recorder is recording (the plan only ever starts one).</summary>
public sealed record RecorderStatusSpec(string Region, string Name, bool Recording)
{
    public static RecorderStatusSpec From(Change change) => new(change.Region, change.Attribute(Attr.Name), change.Attribute(Attr.Recording) == "true");
}

internal sealed class RecorderStatusKind : ResourceKind
{
    public override string Id => "config-recorder-status";

    public override string TerraformType => "aws_config_configuration_recorder_status";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn) => null;

    public override void Terraform(Change change, TerraformContext tf)
    {
        var s = RecorderStatusSpec.From(change);
        var body = new HclBody().Set("name", tf.RecorderName(change.Region, s.Name)).Set("is_enabled", TerraformContext.Bool(s.Recording));
        // A recorder starts only once it has a delivery channel.
        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, body, tf.DeliveryChannel(change.Region));
    }

    public override void Cli(Change change, CliScript sh)
        => sh.Line($"aws configservice start-configuration-recorder {CliScript.Region(change)} --configuration-recorder-name {CliScript.Q(RecorderStatusSpec.From(change).Name)}");
}
