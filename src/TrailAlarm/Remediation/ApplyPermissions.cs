using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation;

/// <summary>
/// The 'apply' policy (plan, apply, rollback, export from the account). What trailalarm creates it may delete: the
/// topic, alarms, log groups and delivery role named in the <see cref="PermissionScope"/>. What it finds in the
/// account — the trail, its log group, existing alarms and topics — it may change, within the account. Regions are
/// '*': one plan spans every region of the account.
/// </summary>
internal static class ApplyPermissions
{
    public static IReadOnlyList<PermissionStatement> Statements(string[] read, PermissionScope scope)
    {
        var arn = new ScopedArns(scope);
        var configRole = arn.Role(PermissionScope.ConfigServiceLinkedRole);
        var statements = new List<PermissionStatement>
        {
            new("TrailAlarmReadAccount", read),
            new("TrailAlarmReadRoles", ["iam:GetRole"]) { Resources = [.. scope.DeliveryRoleNames.Select(arn.Role), configRole] },
            new("TrailAlarmFiltersOnTrailLogGroups", ["logs:DeleteMetricFilter", "logs:PutMetricFilter"]) { Resources = [.. arn.LogGroup("*")] },
            new("TrailAlarmAlarmsOnTrailMetrics", ["cloudwatch:PutMetricAlarm"]) { Resources = [arn.Alarm("*")] },
            new("TrailAlarmNotifyThroughTopics", ["sns:SetTopicAttributes", "sns:Subscribe"]) { Resources = [arn.Topic("*")] },
            new("TrailAlarmPointTrailsAtLogs", ["cloudtrail:UpdateTrail"]) { Resources = [arn.Trail("*")] },

            // '*': the Service Authorization Reference gives Amazon SNS's GetSubscriptionAttributes and Unsubscribe
            // no resource type, nor AWS Config's delivery-channel actions; a configuration recorder's ARN ends in an
            // ID AWS assigns, which no policy written before the recorder exists can name.
            new("TrailAlarmSubscriptions", ["sns:GetSubscriptionAttributes", "sns:Unsubscribe"]),
            new("TrailAlarmConfigRecorder", Permissions.Sorted(
            [
                "config:PutConfigurationRecorder", "config:PutDeliveryChannel", "config:StartConfigurationRecorder",
                "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel", "config:StopConfigurationRecorder",
            ])),
        };
        Add(statements, "TrailAlarmReadConfigBucketPolicy", ["s3:GetBucketPolicy"], scope.ConfigBucketNames.Select(arn.Bucket));
        Add(statements, "TrailAlarmOwnTopic", ["sns:CreateTopic", "sns:DeleteTopic"], scope.TopicNames.Select(arn.Topic));
        Add(statements, "TrailAlarmOwnAlarms", ["cloudwatch:DeleteAlarms"], scope.AlarmNames.Select(arn.Alarm));
        Add(statements, "TrailAlarmOwnLogGroups", ["logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:PutRetentionPolicy"], scope.LogGroupNames.SelectMany(arn.LogGroup));
        Add(statements, "TrailAlarmOwnConfigBucket", ["s3:CreateBucket", "s3:DeleteBucket", "s3:PutBucketPolicy", "s3:PutBucketPublicAccessBlock"], scope.CreatedConfigBucketNames.Select(arn.Bucket));
        Add(statements, "TrailAlarmMergeTopicKeyPolicy", ["kms:PutKeyPolicy"], scope.TopicKeyIds.Select(arn.Key));
        Add(statements, "TrailAlarmOwnDeliveryRole", ["iam:CreateRole", "iam:DeleteRole", "iam:DeleteRolePolicy", "iam:PutRolePolicy"], scope.DeliveryRoleNames.Select(arn.Role));
        Add(statements, "TrailAlarmPassDeliveryRoleToCloudTrail", ["iam:PassRole"], scope.DeliveryRoleNames.Select(arn.Role), PassedTo("cloudtrail.amazonaws.com"));
        Add(statements, "TrailAlarmPassRecorderRoleToConfig", ["iam:PassRole"], scope.RecorderRoleNames.Select(arn.Role), PassedTo("config.amazonaws.com"));
        if (scope.CreatesConfigServiceLinkedRole)
        {
            statements.Add(new("TrailAlarmCreateConfigServiceLinkedRole", ["iam:CreateServiceLinkedRole"], new JsonObject
            {
                ["StringEquals"] = new JsonObject { ["iam:AWSServiceName"] = "config.amazonaws.com" },
            }) { Resources = [configRole] });
            statements.Add(new("TrailAlarmDeleteConfigServiceLinkedRole", ["iam:DeleteServiceLinkedRole"]) { Resources = [configRole] });
        }

        return statements;
    }

    /// <summary>A statement on these resources only; none at all when there are none (a plan that creates no topic
    /// gets no right to create or delete one).</summary>
    private static void Add(List<PermissionStatement> statements, string sid, string[] actions, IEnumerable<string> resources, JsonObject? condition = null)
    {
        var list = resources.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            statements.Add(new PermissionStatement(sid, actions, condition) { Resources = list });
        }
    }

    private static JsonObject PassedTo(string service) => new()
    {
        ["StringEquals"] = new JsonObject { ["iam:PassedToService"] = service },
    };
}
