using System.Globalization;
using System.Text.Json.Nodes;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// The CIS alarm. PutMetricAlarm replaces the whole alarm, so every rendering sends every setting the change carries.
/// </summary>
internal sealed class AlarmKind : ResourceKind
{
    public override string Id => "cloudwatch-alarm";

    public override string TerraformType => "aws_cloudwatch_metric_alarm";

    public override JsonObject? CloudFormation(Change change, CloudFormationContext cfn)
    {
        if (change.Action != ChangeAction.Create)
        {
            return null;
        }

        var a = AlarmSettings.From(change.After!);
        var properties = new JsonObject
        {
            ["AlarmName"] = a.AlarmName,
            ["MetricName"] = a.MetricName,
            ["Namespace"] = a.Namespace,
            ["Statistic"] = a.Statistic,
            ["Period"] = a.Period,
            ["EvaluationPeriods"] = a.EvaluationPeriods,
            ["Threshold"] = a.Threshold,
            ["ComparisonOperator"] = a.ComparisonOperator,
            ["TreatMissingData"] = a.TreatMissingData,
            ["ActionsEnabled"] = a.ActionsEnabled,
            ["AlarmActions"] = cfn.Actions(a.AlarmActions),
        };
        if (a.Dimensions.Count > 0)
        {
            properties["Dimensions"] = new JsonArray([.. a.Dimensions.Select(kv => (JsonNode)new JsonObject { ["Name"] = kv.Key, ["Value"] = kv.Value })]);
        }

        if (a.Unit.Length > 0)
        {
            properties["Unit"] = a.Unit;
        }

        return CloudFormationContext.Resource("AWS::CloudWatch::Alarm", properties, cfn.FilterOf(change.Region, a.Namespace, a.MetricName));
    }

    public override void Terraform(Change change, TerraformContext tf)
    {
        var a = AlarmSettings.From(change.After!);
        tf.ImportWhenUpdated(change, a.AlarmName);
        string Actions(IEnumerable<string> arns) => "[" + string.Join(", ", arns.Select(tf.Topic)) + "]";
        var body = new HclBody()
            .Set("alarm_name", TerraformContext.Q(a.AlarmName)).Set("metric_name", TerraformContext.Q(a.MetricName)).Set("namespace", TerraformContext.Q(a.Namespace))
            .Set("statistic", TerraformContext.Q(a.Statistic)).Set("period", $"{a.Period}").Set("evaluation_periods", $"{a.EvaluationPeriods}")
            .Set("threshold", Number(a.Threshold)).Set("comparison_operator", TerraformContext.Q(a.ComparisonOperator)).Set("treat_missing_data", TerraformContext.Q(a.TreatMissingData))
            .Set("actions_enabled", TerraformContext.Bool(a.ActionsEnabled)).Set("alarm_actions", Actions(a.AlarmActions));
        if (a.OkActions.Count > 0)
        {
            body.Set("ok_actions", Actions(a.OkActions));
        }

        if (a.InsufficientDataActions.Count > 0)
        {
            body.Set("insufficient_data_actions", Actions(a.InsufficientDataActions));
        }

        if (a.Description.Length > 0)
        {
            body.Set("alarm_description", TerraformContext.Q(a.Description));
        }

        if (a.DatapointsToAlarm is { } m)
        {
            body.Set("datapoints_to_alarm", $"{m}");
        }

        if (a.Unit.Length > 0)
        {
            body.Set("unit", TerraformContext.Q(a.Unit));
        }

        if (a.Dimensions.Count > 0)
        {
            body.SetMap("dimensions", Entries(a.Dimensions));
        }

        // The alarm names its metric as a string, so nothing else tells Terraform to put the filter first.
        tf.Resource(TerraformType, ExportNames.Label(change.Address), change.Region, body, tf.FilterOf(change.Region, a.Namespace, a.MetricName));
    }

    public override void Cli(Change change, CliScript sh)
    {
        var a = AlarmSettings.From(change.After!);
        static string Words(IEnumerable<string> values) => string.Join(" ", values.Select(CliScript.Q));
        sh.Line($"aws cloudwatch put-metric-alarm {CliScript.Region(change)} --alarm-name {CliScript.Q(a.AlarmName)} \\");
        sh.Line($"  --metric-name {CliScript.Q(a.MetricName)} --namespace {CliScript.Q(a.Namespace)} --statistic {CliScript.Q(a.Statistic)} \\");
        sh.Line($"  --period {a.Period} --evaluation-periods {a.EvaluationPeriods} --threshold {Number(a.Threshold)} \\");
        sh.Line($"  --comparison-operator {CliScript.Q(a.ComparisonOperator)} --treat-missing-data {CliScript.Q(a.TreatMissingData)} \\");
        var rest = new List<string>();
        if (a.OkActions.Count > 0)
        {
            rest.Add("--ok-actions " + Words(a.OkActions));
        }

        if (a.InsufficientDataActions.Count > 0)
        {
            rest.Add("--insufficient-data-actions " + Words(a.InsufficientDataActions));
        }

        if (a.Description.Length > 0)
        {
            rest.Add("--alarm-description " + CliScript.Q(a.Description));
        }

        if (a.DatapointsToAlarm is { } m)
        {
            rest.Add($"--datapoints-to-alarm {m}");
        }

        if (a.Unit.Length > 0)
        {
            rest.Add("--unit " + CliScript.Q(a.Unit));
        }

        if (a.Dimensions.Count > 0)
        {
            rest.Add("--dimensions " + Words(a.Dimensions.Select(kv => $"Name={kv.Key},Value={kv.Value}")));
        }

        var tail = rest.Count > 0 ? " \\\n  " + string.Join(" ", rest) : "";
        sh.Line($"  {(a.ActionsEnabled ? "--actions-enabled" : "--no-actions-enabled")} --alarm-actions {Words(a.AlarmActions)}{tail}");
    }

    private static HclBody Entries(IEnumerable<KeyValuePair<string, string>> map)
    {
        var entries = new HclBody();
        foreach (var (key, value) in map)
        {
            entries.Set(TerraformContext.Q(key), TerraformContext.Q(value));
        }

        return entries;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
