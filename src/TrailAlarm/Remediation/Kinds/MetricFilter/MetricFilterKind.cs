using System.Text.Json;
using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// A metric filter. PutMetricFilter creates or replaces the filter of that name, so an update is one put of the
/// complete definition (never a delete first: a failed put would leave every alarm on the filter silent).
/// </summary>
internal sealed class MetricFilterKind : ResourceKind
{
    public override string Id => "logs-metric-filter";

    public override string TerraformType => "aws_cloudwatch_log_metric_filter";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            return null;
        }

        var f = FilterSpec.From(change.After!);
        var transformation = new JsonObject { ["MetricName"] = f.MetricName, ["MetricNamespace"] = f.MetricNamespace, ["MetricValue"] = f.MetricValue };
        if (f.DefaultValue is { } d)
        {
            transformation["DefaultValue"] = d;
        }

        if (f.Unit.Length > 0)
        {
            transformation["Unit"] = f.Unit;
        }

        if (f.DimensionMap() is { Count: > 0 } dims)
        {
            transformation["Dimensions"] = new JsonArray([.. dims.Select(kv => (JsonNode)new JsonObject { ["Key"] = kv.Key, ["Value"] = kv.Value })]);
        }

        return CloudFormationContext.Resource("AWS::Logs::MetricFilter", new JsonObject
        {
            ["LogGroupName"] = cfn.LogGroupRef(change.Region, f.LogGroupName),
            ["FilterName"] = f.FilterName,
            ["FilterPattern"] = f.Pattern,
            ["MetricTransformations"] = new JsonArray(transformation),
        });
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        var f = FilterSpec.From(change.After!);
        tf.ImportWhenUpdated(change, $"{f.LogGroupName}:{f.FilterName}");
        var transformation = new HclBody()
            .Set("name", TerraformContext.Q(f.MetricName)).Set("namespace", TerraformContext.Q(f.MetricNamespace)).Set("value", TerraformContext.Q(f.MetricValue));
        if (f.DefaultValue is { } d)
        {
            transformation.Set("default_value", TerraformContext.Q(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (f.Unit.Length > 0)
        {
            transformation.Set("unit", TerraformContext.Q(f.Unit));
        }

        if (f.DimensionMap() is { Count: > 0 } dims)
        {
            var entries = new HclBody();
            foreach (var (key, value) in dims)
            {
                entries.Set(TerraformContext.Q(key), TerraformContext.Q(value));
            }

            transformation.SetMap("dimensions", entries);
        }

        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, new HclBody()
            .Set("name", TerraformContext.Q(f.FilterName)).Set("log_group_name", tf.LogGroupName(change.Region, f.LogGroupName)).Set("pattern", TerraformContext.Q(f.Pattern))
            .Block("metric_transformation", transformation));
    }

    /// <summary>One put-metric-filter with the complete definition: it creates the filter or replaces it in place.</summary>
    public override void Cli(Change change, CliScript sh)
    {
        var f = FilterSpec.From(change.After!);
        var transformation = new JsonObject { ["metricName"] = f.MetricName, ["metricNamespace"] = f.MetricNamespace, ["metricValue"] = f.MetricValue };
        if (f.DefaultValue is { } d)
        {
            transformation["defaultValue"] = d;
        }

        if (f.DimensionMap() is { Count: > 0 } dims)
        {
            transformation["dimensions"] = JsonNode.Parse(JsonSerializer.Serialize(dims, RemediationJsonContext.Default.IReadOnlyDictionaryStringString));
        }

        if (f.Unit.Length > 0)
        {
            transformation["unit"] = f.Unit;
        }

        sh.Line($"aws logs put-metric-filter {CliScript.Region(change)} --log-group-name {CliScript.Q(f.LogGroupName)} --filter-name {CliScript.Q(f.FilterName)} \\");
        sh.Line($"  --filter-pattern {CliScript.Q(f.Pattern)} \\");
        var extras = (f.ApplyOnTransformedLogs ? " --apply-on-transformed-logs" : "")
            + (f.FieldSelectionCriteria.Length > 0 ? $" --field-selection-criteria {CliScript.Q(f.FieldSelectionCriteria)}" : "")
            + (f.EmitSystemFieldDimensions.Count > 0 ? " --emit-system-field-dimensions " + string.Join(" ", f.EmitSystemFieldDimensions.Select(CliScript.Q)) : "");
        sh.Line($"  --metric-transformations {CliScript.Q(new JsonArray(transformation).ToJsonString())}{extras}");
    }
}
