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
        tf.Block(TerraformType, ExportNames.Label(change.Address), change.Region, $"name       = {TerraformContext.Q(s.Name)}", $"is_enabled = {(s.Recording ? "true" : "false")}");
    }

    public override void Cli(Change change, CliScript sh)
        => sh.Line($"aws configservice start-configuration-recorder {CliScript.Region(change)} --configuration-recorder-name {CliScript.Q(RecorderStatusSpec.From(change).Name)}");
}
