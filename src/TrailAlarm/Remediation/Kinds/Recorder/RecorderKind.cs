using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>A Config recorder: created where a region has none, else its recording group widened to record trails.</summary>
internal sealed class RecorderKind : ResourceKind
{
    public override string Id => "config-recorder";

    public override string TerraformType => "aws_config_configuration_recorder";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            return null;
        }

        var r = RecorderSpec.From(change.After!);
        return CloudFormationContext.Resource("AWS::Config::ConfigurationRecorder", new JsonObject
        {
            ["Name"] = r.Name,
            ["RoleARN"] = r.RoleArn,
            ["RecordingGroup"] = new JsonObject
            {
                ["AllSupported"] = r.AllSupported,
                ["IncludeGlobalResourceTypes"] = r.IncludeGlobalResourceTypes,
                ["ResourceTypes"] = CloudFormationContext.Strings(r.ResourceTypes),
            },
        }, cfn.CreatedServiceLinkedRole(r.RoleArn));
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        if (change.Action != ChangeAction.Create)
        {
            tf.NotManaged(change);
            return;
        }

        var r = RecorderSpec.From(change.After!);
        var group = new HclBody().Set("all_supported", TerraformContext.Bool(r.AllSupported)).Set("resource_types", TerraformContext.List(r.ResourceTypes));
        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region,
            new HclBody().Set("name", TerraformContext.Q(r.Name)).Set("role_arn", tf.RoleArn(r.RoleArn)).Block("recording_group", group));
    }

    /// <summary>PutConfigurationRecorder replaces the recorder: the script sends its name, role, group and recording mode.</summary>
    public override void Cli(Change change, CliScript sh)
    {
        var r = RecorderSpec.From(change.After!);
        var recorder = new JsonObject { ["name"] = r.Name, ["roleARN"] = r.RoleArn, ["recordingGroup"] = RecordingGroup(r) };
        if (r.RecordingMode.Length > 0)
        {
            recorder["recordingMode"] = JsonNode.Parse(r.RecordingMode);
        }

        sh.Line($"aws configservice put-configuration-recorder {CliScript.Region(change)} --configuration-recorder {CliScript.Q(recorder.ToJsonString())}");
    }

    private static JsonObject RecordingGroup(RecorderSpec r)
    {
        var group = new JsonObject { ["allSupported"] = r.AllSupported, ["includeGlobalResourceTypes"] = r.IncludeGlobalResourceTypes };
        if (r.RecordingStrategy == RecorderSpec.Exclusion)
        {
            group["exclusionByResourceTypes"] = new JsonObject { ["resourceTypes"] = CloudFormationContext.Strings(r.ExclusionResourceTypes) };
        }
        else if (!r.AllSupported)
        {
            group["resourceTypes"] = CloudFormationContext.Strings(r.ResourceTypes);
        }

        if (r.RecordingStrategy.Length > 0)
        {
            group["recordingStrategy"] = new JsonObject { ["useOnly"] = r.RecordingStrategy };
        }

        return group;
    }
}
