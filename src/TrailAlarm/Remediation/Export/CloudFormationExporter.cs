using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation.Export;

/// <summary>
/// The plan as a CloudFormation template (JSON). A template can only create resources, so a change to something that
/// already exists outside the stack (an alarm, a trail, a recorder) is listed under Metadata instead, for apply or the
/// CLI script; a topic policy can be set on an existing topic, and is.
/// </summary>
public static class CloudFormationExporter
{
    public static string Render(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var resources = new JsonObject();
        var skipped = new JsonArray();
        var topics = plan.Changes.Where(c => c.Kind == ResourceKinds.Topic).ToDictionary(c => c.After![Attr.Arn], c => ExportNames.LogicalId(c.Address));
        JsonNode TopicRef(string arn) => topics.TryGetValue(arn, out var id) ? new JsonObject { ["Ref"] = id } : JsonValue.Create(arn);
        JsonArray Actions(string list) => [.. Attr.Split(list).Select(TopicRef)];

        foreach (var change in plan.Changes)
        {
            var a = change.After!;
            JsonObject? resource = (change.Kind, change.Action) switch
            {
                (ResourceKinds.Topic, _) => Resource("AWS::SNS::Topic", new JsonObject { ["TopicName"] = a[Attr.Name] }),
                (ResourceKinds.TopicPolicy, _) => Resource("AWS::SNS::TopicPolicy", new JsonObject
                {
                    ["Topics"] = new JsonArray(TopicRef(a[Attr.TopicArn])),
                    ["PolicyDocument"] = JsonNode.Parse(a[Attr.Policy]),
                }),
                (ResourceKinds.Subscription, _) => Resource("AWS::SNS::Subscription", new JsonObject
                {
                    ["TopicArn"] = TopicRef(a[Attr.TopicArn]), ["Protocol"] = a[Attr.Protocol], ["Endpoint"] = a[Attr.Endpoint],
                }),
                (ResourceKinds.MetricFilter, ChangeActions.Create) => Resource("AWS::Logs::MetricFilter", new JsonObject
                {
                    ["LogGroupName"] = a[Attr.LogGroupName],
                    ["FilterName"] = a[Attr.FilterName],
                    ["FilterPattern"] = a[Attr.Pattern],
                    ["MetricTransformations"] = new JsonArray(new JsonObject
                    {
                        ["MetricName"] = a[Attr.MetricName], ["MetricNamespace"] = a[Attr.MetricNamespace], ["MetricValue"] = a[Attr.MetricValue],
                    }),
                }),
                (ResourceKinds.Alarm, ChangeActions.Create) => Resource("AWS::CloudWatch::Alarm", new JsonObject
                {
                    ["AlarmName"] = a[Attr.AlarmName],
                    ["MetricName"] = a[Attr.MetricName],
                    ["Namespace"] = a[Attr.MetricNamespace],
                    ["Statistic"] = a[Attr.Statistic],
                    ["Period"] = ExportNames.Int(a[Attr.Period]),
                    ["EvaluationPeriods"] = ExportNames.Int(a[Attr.EvaluationPeriods]),
                    ["Threshold"] = ExportNames.Number(a[Attr.Threshold]),
                    ["ComparisonOperator"] = a[Attr.ComparisonOperator],
                    ["TreatMissingData"] = a[Attr.TreatMissingData],
                    ["ActionsEnabled"] = a[Attr.ActionsEnabled] == "true",
                    ["AlarmActions"] = Actions(a[Attr.AlarmActions]),
                }),
                (ResourceKinds.LogGroup, ChangeActions.Create) => Resource("AWS::Logs::LogGroup", new JsonObject { ["LogGroupName"] = a[Attr.LogGroupName] }),
                (ResourceKinds.DeliveryRole, ChangeActions.Create) => Resource("AWS::IAM::Role", new JsonObject
                {
                    ["RoleName"] = a[Attr.RoleName],
                    ["AssumeRolePolicyDocument"] = JsonNode.Parse(a[Attr.AssumeRolePolicy]),
                    ["Policies"] = new JsonArray(new JsonObject { ["PolicyName"] = a[Attr.RolePolicyName], ["PolicyDocument"] = JsonNode.Parse(a[Attr.RolePolicy]) }),
                }),
                (ResourceKinds.Recorder, ChangeActions.Create) => Resource("AWS::Config::ConfigurationRecorder", new JsonObject
                {
                    ["Name"] = a[Attr.Name],
                    ["RoleARN"] = a[Attr.RoleArn],
                    ["RecordingGroup"] = new JsonObject
                    {
                        ["AllSupported"] = a[Attr.AllSupported] == "true",
                        ["IncludeGlobalResourceTypes"] = a[Attr.IncludeGlobalResourceTypes] == "true",
                        ["ResourceTypes"] = new JsonArray([.. Attr.Split(a[Attr.ResourceTypes]).Select(t => JsonValue.Create(t))]),
                    },
                }),
                (ResourceKinds.DeliveryChannel, ChangeActions.Create) => Resource("AWS::Config::DeliveryChannel", new JsonObject { ["Name"] = a[Attr.Name], ["S3BucketName"] = a[Attr.Bucket] }),
                _ => null,
            };
            if (resource is null)
            {
                skipped.Add((JsonNode)new JsonObject { ["address"] = change.Address, ["action"] = change.Action, ["why"] = "changes a resource that exists outside this stack; use 'trailalarm apply' or the CLI export" });
                continue;
            }

            resources[ExportNames.LogicalId(change.Address)] = resource;
        }

        var template = new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Description"] = $"CIS CloudTrail/Config change alarms for account {plan.Account}, generated by trailalarm from plan {plan.CreatedAt:O}",
            ["Metadata"] = new JsonObject { ["TrailAlarm"] = new JsonObject { ["account"] = plan.Account, ["notInTemplate"] = skipped } },
            ["Resources"] = resources.Count > 0 ? resources : new JsonObject { ["NothingToDo"] = Resource("AWS::CloudFormation::WaitConditionHandle", new JsonObject()) },
        };
        return template.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Resource(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };
}
