using System.Text.Json;
using TrailAlarm.Aws.Apply;
using TrailAlarm.Aws.Logs;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// Everything an apply can touch in one region, as sorted text lines: trails, log groups, every metric filter,
/// alarms, topics with policy and subscriptions, Config recorders and whether they record, and the named roles.
/// Volatile fields (alarm state, timestamps) are left out; moto's "" for a cleared trail field counts as unset.
/// </summary>
internal static class ApplyAccountDump
{
    public static async Task<IReadOnlyList<string>> TakeAsync(AwsSession session, string region, params string[] roles)
    {
        var lines = new List<string>();
        foreach (var t in await session.CloudTrail(region).DescribeAllTrailsAsync())
        {
            lines.Add($"trail {t.Name} home={t.HomeRegion} multi={t.IsMultiRegionTrail} logs={Unset(t.CloudWatchLogsLogGroupArn)} role={Unset(t.CloudWatchLogsRoleArn)}");
        }

        var logs = session.Logs(region);
        foreach (var g in await logs.DescribeAllLogGroupsAsync())
        {
            lines.Add($"log-group {g.LogGroupName} retention={g.RetentionInDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} key={Unset(g.KmsKeyId)}");
        }

        foreach (var f in await logs.DescribeAllMetricFiltersAsync(new DescribeMetricFiltersRequest()))
        {
            var m = f.MetricTransformations.Count > 0 ? f.MetricTransformations[0] : null;
            lines.Add($"filter {f.LogGroupName}/{f.FilterName} pattern={f.FilterPattern} metric={m?.MetricNamespace}/{m?.MetricName}={m?.MetricValue}");
        }

        foreach (var a in await session.CloudWatch(region).DescribeAllMetricAlarmsAsync())
        {
            var stable = a with { StateValue = null, StateReason = null, StateUpdatedTimestamp = null, AlarmConfigurationUpdatedTimestamp = null };
            lines.Add("alarm " + JsonSerializer.Serialize(stable, ApplyJsonContext.Default.MetricAlarm));
        }

        var sns = session.Sns(region);
        foreach (var topic in await sns.ListAllTopicsAsync())
        {
            var attributes = await sns.GetTopicAttributesAsync(topic.TopicArn);
            lines.Add($"topic {topic.TopicArn} policy={(attributes.Attributes.TryGetValue("Policy", out var p) ? p : "")}");
            foreach (var s in await sns.ListAllSubscriptionsByTopicAsync(topic.TopicArn))
            {
                lines.Add($"subscription {topic.TopicArn} {s.Protocol}:{s.Endpoint}");
            }
        }

        var config = session.Config(region);
        var status = (await config.DescribeConfigurationRecorderStatusAsync()).ConfigurationRecordersStatus;
        foreach (var r in (await config.DescribeConfigurationRecordersAsync()).ConfigurationRecorders)
        {
            var recording = status.FirstOrDefault(s => s.Name == r.Name)?.Recording == true;
            lines.Add($"recorder {JsonSerializer.Serialize(r, ApplyJsonContext.Default.ConfigurationRecorder)} recording={recording}");
        }

        foreach (var role in roles)
        {
            try
            {
                var found = await session.Iam().GetRoleAsync(role);
                lines.Add($"role {role} trust={found.Role?.AssumeRolePolicyDocument}");
            }
            catch (AwsApiException e) when (e.Kind == AwsErrorKind.NotFound)
            {
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Unset(string? value) => string.IsNullOrEmpty(value) ? "-" : value;
}
